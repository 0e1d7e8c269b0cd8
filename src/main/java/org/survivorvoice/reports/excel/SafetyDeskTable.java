package org.survivorvoice.reports.excel;

import org.survivorvoice.reports.data.SafetyDeskSheet;

/**
 * The table of the Safety desk sheet: per district, the safety cases opened in the quarter, the
 * share reached within the deadline, the median hours to the first contact and how the cases stood.
 * Counts are written at the fives the data holds; the share and the median say {@value
 * SheetCursor#NOT_SHOWN} below the suppression gate and the sheet's note names the rule. Nothing
 * else of a case is written: no text, no provider, nothing of a survivor.
 */
final class SafetyDeskTable {

    private final SafetyDeskSheet sheet;
    private final WorkbookStyles styles;
    private final boolean funder;

    SafetyDeskTable(SafetyDeskSheet sheet, WorkbookStyles styles, boolean funder) {
        this.sheet = sheet;
        this.styles = styles;
        this.funder = funder;
    }

    void write(SheetCursor c) {
        c.row()
                .text(
                        0,
                        "Safety cases opened in this quarter"
                                + (sheet.asOfGeneration()
                                        ? ", as they stood when this workbook was generated"
                                        : ", as they stood at the end of the quarter"),
                        styles.subtitle);
        c.header(
                        "District",
                        "Cases opened",
                        "Contacted within the deadline",
                        "Median hours to first contact",
                        "Resolved",
                        "Referred to legal aid",
                        "Referred to police",
                        "Could not reach",
                        "Declined",
                        "Still open")
                .numeric(1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (SafetyDeskSheet.DistrictRow r : sheet.districts()) {
            c.row()
                    .text(0, r.district())
                    .number(1, r.opened(), styles.integer)
                    .number(2, r.contactedInTime(), styles.score, fewSettled())
                    .number(3, r.medianHours(), styles.integer, fewContacted())
                    .number(4, r.resolved(), styles.integer)
                    .number(5, r.legalAid(), styles.integer)
                    .number(6, r.police(), styles.integer)
                    .number(7, r.couldNotReach(), styles.integer)
                    .number(8, r.declined(), styles.integer)
                    .number(9, r.stillOpen(), styles.integer);
        }
        if (sheet.districts().isEmpty()) {
            c.note("No safety case was opened in this quarter.");
        }
        c.note(
                "A safety case opens when a rating or message signals danger (money or a favour"
                        + " asked, threats, violence, a call for help); a field worker of her"
                        + " district must reach her by its deadline. Contacted within the"
                        + " deadline: share of the cases first contacted by their deadline, of"
                        + " those contacted or past their deadline (a case still inside its"
                        + " deadline is not counted yet). Median hours from the case opening to"
                        + " the first contact. Resolved to declined: cases closed with that"
                        + " outcome; still open: not closed (waiting or contacted).");
        c.note(
                "Every count is rounded to the nearest five, so a row need not add up: a case is"
                        + " far rarer than a rating, and an exact small count could point to the"
                        + " woman who asked for help. No text of a case, no provider and nothing"
                        + " of a survivor appears on this sheet.");
        if (funder) {
            c.note(
                    "One row per district with a case; \"District not known\" counts the cases"
                            + " of a sender who is not enrolled, about no provider of a known"
                            + " district.");
        }
        c.notShownNote();
    }

    private String fewSettled() {
        return "fewer than "
                + sheet.minCases()
                + " cases contacted or past their deadline behind the share";
    }

    private String fewContacted() {
        return "fewer than " + sheet.minCases() + " contacted cases behind the median";
    }
}
