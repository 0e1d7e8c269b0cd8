package org.survivorvoice.reports.excel;

import org.survivorvoice.reports.data.ResponseSheet;
import org.survivorvoice.response.ResponseLine;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;

/**
 * The tables of the Responses sheet: the districts' figures for every edition, and for officials
 * each response of the district. Shares are written at the whole percents the data holds; the
 * survivors' confirmation share says {@value SheetCursor#NOT_SHOWN} below the suppression gate and
 * the sheet's note names the rule.
 */
final class ResponsesTable {

    private final ResponseSheet sheet;
    private final WorkbookStyles styles;
    private final boolean funder;
    private final int threshold;

    ResponsesTable(ResponseSheet sheet, WorkbookStyles styles, boolean funder, int threshold) {
        this.sheet = sheet;
        this.styles = styles;
        this.funder = funder;
        this.threshold = threshold;
    }

    void write(SheetCursor c) {
        c.row()
                .text(
                        0,
                        "Responses to the results of "
                                + sheet.answeredPeriod()
                                + (sheet.asOfGeneration()
                                        ? ", as they stood when this workbook was generated"
                                        : ", as they stood at the end of this quarter"),
                        styles.subtitle);
        c.header(
                        "District",
                        "Providers needing a response",
                        "Answered",
                        "Median days to a response",
                        "Done on time",
                        "Survivors say it got better")
                .numeric(1, 2, 3, 4, 5);
        for (ResponseSheet.DistrictRow r : sheet.districts()) {
            c.row().text(0, r.district()).number(1, r.needing(), styles.integer);
            share(c, 2, r.answeredShare());
            if (r.medianDays() == null) {
                c.text(3, "none answered", styles.notShown);
            } else {
                c.number(3, r.medianDays(), styles.days);
            }
            share(c, 4, r.onTimeShare());
            c.number(5, r.confirmationShare(), styles.score, fewAnswers());
        }
        if (sheet.districts().isEmpty()) {
            c.note("No provider needed a response to these results, and none was recorded.");
        }
        c.note(
                "Providers needing a response: below the range expected for their number of"
                        + " ratings, or with a deterioration alert, in "
                        + sheet.answeredPeriod()
                        + ". Answered: share of them with a response recorded; median days from"
                        + " the results' release (or the alert) to the first response. Done on"
                        + " time: responses done by their due date, of those done or past due.");
        c.note(
                "Survivors say it got better: share of the follow-up answers \"yes\" or \"a"
                        + " little\" from survivors who rated the provider, after a response was"
                        + " done.");
        c.note(
                "Counts and shares of providers are not survivor figures: no minimum number"
                        + " withholds them. Blank share: nothing to divide.");
        if (funder) {
            c.note(
                    "One row for all districts together: a count per district would point to a"
                            + " district's flagged providers before they are verified, so, as on"
                            + " the Districts sheet, they are counted over all districts.");
        }
        c.notShownNote();
        if (!funder) {
            lines(c);
        }
    }

    private void lines(SheetCursor c) {
        c.skip();
        c.row().text(0, "Responses of the district (internal)", styles.subtitle);
        c.header("Provider", "Theme", "Due date", "Status", "Owner role", "Action");
        for (ResponseLine l : sheet.lines()) {
            c.row()
                    .text(0, l.providerName() + " (" + l.providerCode() + ")")
                    .text(1, theme(l.theme()))
                    .text(2, l.dueDate().toString())
                    .text(3, status(l.status()))
                    .text(4, l.ownerRole())
                    .text(5, l.actionText());
        }
        if (sheet.lines().isEmpty()) {
            c.note("No response recorded to these results.");
        }
    }

    private void share(SheetCursor c, int column, Double share) {
        if (share != null) {
            c.number(column, share, styles.score);
        }
    }

    private String fewAnswers() {
        return "fewer than " + threshold + " survivors' follow-up answers behind the share";
    }

    /** A theme in words. */
    static String theme(ResponseTheme theme) {
        return switch (theme) {
            case DIGNITY -> "Dignity";
            case LISTENED -> "Listened and explained";
            case TIMELINESS -> "Timeliness";
            case OUTCOME -> "Got what was needed";
            case MONEY_ASKED -> "Money or favours asked";
            case OTHER -> "Other";
        };
    }

    /** A status in words. */
    static String status(ResponseStatus status) {
        return switch (status) {
            case PLANNED -> "Planned";
            case DONE -> "Done";
            case DROPPED -> "Dropped";
        };
    }
}
