package org.survivorvoice.reports.data;

/** Who a quarterly workbook is written for; decides what it may contain (REPORTS.md, rules). */
public enum Audience {
    /**
     * Funders: every district, verified names only, no free text, survivor ids, phone numbers or
     * dates finer than a quarter.
     */
    FUNDER,
    /** A district official: one district only, with redacted comments and internal alerts. */
    OFFICIAL
}
