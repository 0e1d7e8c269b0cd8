package org.survivorvoice.reports.excel;

import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.reports.data.ReportData;

/**
 * The table of the Outcomes sheet: per district and pillar, a subtotal row of distinct survivors
 * over the pillar's service types, then one row per service type with the survivors who received,
 * are waiting for or were denied it, and the median days from her first encounter of the type to
 * receiving it. Counts are written at the fives the data holds; a median says {@value
 * SheetCursor#NOT_SHOWN} below the threshold and the sheet's note names the rule. Nothing of a
 * survivor is written.
 */
final class OutcomesTable {

    /** The words of a subtotal row's service-type cell. */
    static final String SUBTOTAL = "All service types (distinct survivors)";

    private final ReportData.Outcomes outcomes;
    private final WorkbookStyles styles;
    private final int threshold;

    OutcomesTable(ReportData.Outcomes outcomes, WorkbookStyles styles, int threshold) {
        this.outcomes = outcomes;
        this.styles = styles;
        this.threshold = threshold;
    }

    /** A pillar in words, as the sheet and the pages' English say it. */
    static String pillarName(Pillar pillar) {
        return switch (pillar) {
            case PREVENT -> "Prevent";
            case PROTECT -> "Protect";
            case REHABILITATE -> "Rehabilitate";
            case PROSECUTE -> "Prosecute";
        };
    }

    private String fewReceipts() {
        return "fewer than " + threshold + " survivors received the service type in the quarter";
    }

    void write(SheetCursor c) {
        c.row()
                .text(
                        0,
                        "Survivors by the outcome of their encounters in this quarter"
                                + (outcomes.asOfGeneration()
                                        ? ", as they stood when this workbook was generated"
                                        : ", as they stood when the quarter was released"),
                        styles.subtitle);
        c.header(
                        "District",
                        "Pillar",
                        "Service type",
                        "Received",
                        "Pending",
                        "Denied",
                        "Median days to received")
                .numeric(3, 4, 5, 6);
        for (ReportData.OutcomeRow r : outcomes.rows()) {
            c.row().text(0, r.district()).text(1, pillarName(r.pillar()));
            if (r.subtotal()) {
                c.text(2, SUBTOTAL, styles.subtitle);
            } else {
                c.text(2, r.serviceType());
            }
            c.number(3, r.received(), styles.integer)
                    .number(4, r.pending(), styles.integer)
                    .number(5, r.denied(), styles.integer);
            if (!r.subtotal()) {
                c.number(6, r.medianDays(), styles.days, fewReceipts());
            }
        }
        if (outcomes.rows().isEmpty()) {
            c.note("No encounters in the quarter.");
        }
        c.note(
                "Received, pending, denied: distinct survivors with an encounter of the service"
                        + " type dated in the quarter whose outcome was received, still pending or"
                        + " denied; a survivor with two encounters of a type can count under two"
                        + " outcomes. The pillar's row counts distinct survivors over its service"
                        + " types, so it is not the sum of the rows below it. Every count is"
                        + " rounded to the nearest 5.");
        c.note(
                "Median days to received: for each survivor who received the service type, the"
                        + " days from her first encounter of that type (in any quarter) to the day"
                        + " its outcome was recorded as received; the median over those"
                        + " survivors, shown only when at least "
                        + threshold
                        + " survivors are behind it.");
        c.note(
                "Outcomes are read as they stood when the quarter's results were released (the"
                        + " release delay after the quarter ended), or when a workbook of a quarter"
                        + " not yet released was generated, so a workbook of a released quarter"
                        + " says the same when generated again. Encounters logged later are left"
                        + " out.");
        c.notShownNote();
    }
}
