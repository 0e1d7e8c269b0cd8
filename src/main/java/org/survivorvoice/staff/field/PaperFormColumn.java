package org.survivorvoice.staff.field;

/** The columns of a paper-forms workbook, in their order (A to I) in the template. */
public enum PaperFormColumn {
    /** The provider code, six digits with the check digit last. */
    CODE,
    /** The day of the service or of the form. */
    DATE,
    /** Overall, 1 to 5. */
    OVERALL,
    /** Treated with dignity, 1 to 5. */
    DIGNITY,
    /** Listened and explained options, 1 to 5. */
    LISTENED,
    /** Timeliness, 1 to 5. */
    TIMELINESS,
    /** Got what was needed, 1 to 5. */
    OUTCOME,
    /** Was money or a favour asked: yes or no. */
    MONEY,
    /** The encounter number, when the form names one (the rating is then verified). */
    ENCOUNTER;

    /** The 0-based column of the sheet. */
    public int index() {
        return ordinal();
    }

    /** Key of the column's heading in the field texts. */
    public String labelKey() {
        return "field.paper.column." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
