package org.survivorvoice.provider;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of CSV text as RFC 4180 writes them, read one at a time: fields separated by commas,
 * records by CRLF (or a bare LF or CR, as editors on Linux and old Macs save them), a field in
 * double quotes may hold commas, line breaks and doubled quotes. Pure; a quoting mistake is an
 * {@link IllegalArgumentException} whose message names the row and can be shown to the user, and
 * nothing else is thrown.
 */
final class CsvRecords {

    /**
     * One record: its 1-based number in the file, which is the row a spreadsheet program shows it
     * in (a line break inside quotes does not start a new one), and its fields.
     */
    record CsvRecord(int number, List<String> fields) {}

    private final String text;
    private int position;
    private int number;

    CsvRecords(String text) {
        this.text = text;
    }

    /** The next record, or null after the last; a line break at the very end ends no record. */
    CsvRecord next() {
        if (position >= text.length()) {
            return null;
        }
        number++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (position < text.length() && text.charAt(position) == '"') {
                quoted(field);
            } else {
                unquoted(field);
            }
            fields.add(field.toString());
            field.setLength(0);
            if (position >= text.length()) {
                return new CsvRecord(number, List.copyOf(fields));
            }
            char separator = text.charAt(position++);
            if (separator != ',') {
                if (separator == '\r'
                        && position < text.length()
                        && text.charAt(position) == '\n') {
                    position++;
                }
                return new CsvRecord(number, List.copyOf(fields));
            }
        }
    }

    /** A field in quotes: line breaks inside belong to the field, the record stays one row. */
    private void quoted(StringBuilder field) {
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new IllegalArgumentException(
                        "the quoted field that starts in row " + number + " is never closed");
            }
            char c = text.charAt(position++);
            if (c != '"') {
                field.append(c);
            } else if (position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else {
                break;
            }
        }
        if (position < text.length() && !isSeparator(text.charAt(position))) {
            throw new IllegalArgumentException(
                    "row "
                            + number
                            + " has text after the closing quote of a field; write a quote"
                            + " inside a quoted field as two quotes");
        }
    }

    private void unquoted(StringBuilder field) {
        while (position < text.length() && !isSeparator(text.charAt(position))) {
            char c = text.charAt(position++);
            if (c == '"') {
                throw new IllegalArgumentException(
                        "row "
                                + number
                                + " has a quote inside a field that does not start with one; put"
                                + " the whole field in quotes and write the quote as two");
            }
            field.append(c);
        }
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\r' || c == '\n';
    }
}
