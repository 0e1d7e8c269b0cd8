package org.survivorvoice.reports.excel;

import java.util.List;
import org.survivorvoice.reports.data.TrainingSheet;
import org.survivorvoice.training.effect.TrainingEffectView;

/**
 * The table of the Training sheet: one row per training event with its quarter (never a finer
 * date), topic, pillar, providers and staff trained, the share satisfied of the four cells, the
 * effect and its 90 % interval in whole points and its words; below the gate the shares say {@value
 * SheetCursor#NOT_SHOWN}, the effect "not enough ratings yet" with what is missing, and the sheet's
 * note names the rule. The charts of the shown events follow below the table.
 */
final class TrainingTable {

    private final TrainingSheet sheet;
    private final WorkbookStyles styles;

    TrainingTable(TrainingSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(SheetCursor c) {
        c.row()
                .text(
                        0,
                        "Training events whose two quarters after the training ended between "
                                + sheet.firstQuarter()
                                + " and this quarter",
                        styles.subtitle);
        c.header(
                        "Held in",
                        "Topic",
                        "Pillar",
                        "Providers trained",
                        "Staff trained",
                        "Trained, before",
                        "Trained, after",
                        "Untrained, before",
                        "Untrained, after",
                        "Effect (points)",
                        "90 % interval (points)",
                        "What it means")
                .numeric(3, 4, 5, 6, 7, 8, 9);
        for (TrainingEffectView e : sheet.events()) {
            c.row()
                    .text(0, e.event().quarter())
                    .text(1, e.event().topic())
                    .text(2, pillar(e.event().pillar()))
                    .number(3, e.event().providersTrained(), styles.integer)
                    .number(4, e.event().staffTrained(), styles.integer);
            for (int i = 0; i < 4; i++) {
                c.number(5 + i, e.cells().get(i).share(), styles.score, gateRule());
            }
            if (e.shown()) {
                c.number(9, e.effect(), styles.integer)
                        .text(10, e.interval().low() + " to " + e.interval().high())
                        .text(11, e.statement() + " " + e.caveat());
            } else {
                c.text(9, "not enough ratings yet", styles.notShown)
                        .text(10, "")
                        .text(11, "Not enough ratings yet. Missing: " + missing(e) + ".");
            }
        }
        if (sheet.events().isEmpty()) {
            c.note("No training event's after quarters ended in these quarters.");
        }
        c.note(
                "Share satisfied: ratings with overall 4 or 5 of the valid ratings of the trained"
                        + " providers (those whose staff attended) and of the untrained providers"
                        + " of the same categories in the same states (no training by the end of"
                        + " the comparison), in the two quarters before the training's quarter and"
                        + " the two after it (its own quarter left out). Effect: the trained"
                        + " providers' change minus the untrained providers' change, in"
                        + " percentage points, from the shares as shown; 90 % interval: cluster"
                        + " bootstrap over providers (2,000 draws, fixed seed per event).");
        c.note(
                "Not proof of cause: other things may have changed for the trained providers at"
                        + " the same time. Providers and staff trained are exact counts: they are"
                        + " not survivors.");
        c.notShownNote();
    }

    private String gateRule() {
        return "fewer than "
                + sheet.minRatings()
                + " valid ratings from as many distinct raters in one of the four cells, or fewer"
                + " than "
                + sheet.minTrainedProviders()
                + " trained providers with as many each (the effect's gate)";
    }

    private static String missing(TrainingEffectView e) {
        List<String> parts = e.missing().stream().map(m -> m.what() + " " + m.amount()).toList();
        return String.join("; ", parts);
    }

    private static String pillar(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
