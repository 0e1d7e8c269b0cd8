package org.survivorvoice.provider;

import java.util.Map;

/**
 * Why a file of providers, a row of it or a provider form cannot be accepted. The API answers the
 * English text; staff pages say the same reason in the user's language, with the same values filled
 * in ({@code {row}}, {@code {max}}...).
 */
public enum ProviderProblem {

    /** The upload has no bytes. */
    EMPTY_FILE("The file is empty."),
    /** A CSV file that is not UTF-8. */
    NOT_UTF8("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."),
    /** A CSV quoting mistake, in the row named. */
    BAD_QUOTES(
            "The file is not valid CSV: row {row} has a quoted field that is never closed or text"
                    + " after a closing quote; write a quote inside a quoted field as two"
                    + " quotes."),
    /** Not a workbook, a damaged one or one with a password. */
    NOT_A_WORKBOOK(
            "The file is not a readable .xlsx workbook. Save it from Excel or LibreOffice as"
                    + " \"Excel Workbook (.xlsx)\", without a password, and upload it again."),
    /** A workbook whose parts unpack to too much XML (a zip bomb). */
    UNPACKS_TOO_LARGE(
            "The workbook unpacks to more than {megabytes} MB; a sheet of {max} providers is far"
                    + " smaller."),
    /** Only blank rows. */
    NO_HEADER(
            "The file is empty. Its first row must name the columns name, category and areaId"
                    + " (languages is optional)."),
    /** More rows than one import takes. */
    TOO_MANY_ROWS(
            "The file has more than {max} providers. Import them in parts of at most {max} rows."),
    /** A header and nothing below it. */
    NO_ROWS("The file has no providers below its header row."),
    /** The header lacks or repeats a column; the fields say which. */
    BAD_HEADER(
            "The first row of the file must name the columns name, category and areaId once each"
                    + " (languages is optional); nothing was imported."),
    /** Rows break the rules of a new provider; the fields say which and why. */
    BAD_ROWS("{count} of the file cannot be imported; nothing was imported."),
    /** A form or request with invalid fields. */
    INVALID_FIELDS("The request has invalid fields."),

    /** A column the header must name. */
    COLUMN_MISSING("column is missing"),
    /** A column the header names twice. */
    COLUMN_REPEATED("column appears more than once"),
    /** A formula where a value belongs: what it shows is not what the cell holds. */
    FORMULA("must be a value, not a formula"),
    /** A required text left blank. */
    BLANK("must not be blank"),
    /** A required value missing. */
    REQUIRED("must not be null"),
    /** Longer than {max} characters. */
    TOO_LONG("size must be between 0 and {max}"),
    /** Not a whole number. */
    NOT_A_NUMBER("must be a whole number"),
    /** An unknown category code. */
    NO_SUCH_CATEGORY("no such provider category"),
    /** An unknown area id. */
    NO_SUCH_AREA("no such area"),
    /** A state, or another area above the districts. */
    NOT_IN_A_DISTRICT("must be a district or an area within one"),
    /** A language code other than en, hi, bn and te. */
    UNKNOWN_LANGUAGE("must be en, hi, bn or te"),
    /** More than {max} languages. */
    TOO_MANY_LANGUAGES("size must be between 0 and {max}"),
    /** Any other rule of a field; its English message says which. */
    OTHER("is not valid");

    private final String english;

    ProviderProblem(String english) {
        this.english = english;
    }

    /** The English text with the values in place of their {@code {name}} placeholders. */
    public String english(Map<String, String> values) {
        String text = english;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
