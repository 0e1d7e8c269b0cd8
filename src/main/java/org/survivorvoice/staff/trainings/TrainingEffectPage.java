package org.survivorvoice.staff.trainings;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.survivorvoice.training.effect.GateVerdict.CellName;
import org.survivorvoice.training.effect.PublishedEffect;
import org.survivorvoice.training.effect.TrainingEffectView;

/**
 * What {@code /staff/trainings/{id}} shows of an event's effect, its words already in the page's
 * language: the figures are the API's ({@link TrainingEffectView}), only the sentences are built
 * again from the staff texts, so every language says the same numbers.
 */
@TemplateData
public record TrainingEffectPage(
        long id,
        String topic,
        String organiser,
        String pillar,
        String quarter,
        String before,
        String after,
        int providersTrained,
        long staffTrained,
        long untrainedProviders,
        boolean shown,
        String statement,
        String caveat,
        List<String> missing,
        List<Row> rows,
        boolean provisional) {

    /** A row of the cells' table: trained or untrained, before and after. */
    @TemplateData
    public record Row(
            String label,
            String beforeRatings,
            Integer beforeShare,
            String afterRatings,
            Integer afterShare) {}

    /**
     * The page of the view.
     *
     * @param text a staff text by key with its placeholders filled
     */
    static TrainingEffectPage of(
            TrainingEffectView v, BiFunction<String, Map<String, String>, String> text) {
        String providers = providers(v, text);
        String statement;
        if (!v.shown()) {
            statement = text.apply("trainingeffect.not-enough", Map.of());
        } else {
            String direction = v.effect() > 0 ? "higher" : v.effect() < 0 ? "lower" : "same";
            statement =
                    text.apply(
                            "trainingeffect.statement." + direction,
                            Map.of(
                                    "providers", providers,
                                    "points", Integer.toString(Math.abs(v.effect())),
                                    "low", Integer.toString(v.interval().low()),
                                    "high", Integer.toString(v.interval().high())));
            if (v.interval().low() <= 0 && v.interval().high() >= 0) {
                statement += " " + text.apply("trainingeffect.no-evidence", Map.of());
            }
        }
        List<String> missing = new ArrayList<>();
        for (PublishedEffect.Missing m : v.missing()) {
            missing.add(missing(m, text));
        }
        List<Row> rows =
                List.of(
                        row(
                                v,
                                text.apply("trainingeffect.trained", Map.of()),
                                CellName.TRAINED_BEFORE,
                                CellName.TRAINED_AFTER),
                        row(
                                v,
                                text.apply("trainingeffect.untrained", Map.of()),
                                CellName.UNTRAINED_BEFORE,
                                CellName.UNTRAINED_AFTER));
        return new TrainingEffectPage(
                v.event().id(),
                v.event().topic(),
                v.event().organiser(),
                text.apply("trainingeffect.pillar." + v.event().pillar(), Map.of()),
                v.event().quarter(),
                String.join(", ", v.quarters().before()),
                String.join(", ", v.quarters().after()),
                v.event().providersTrained(),
                v.event().staffTrained(),
                v.untrainedProviders(),
                v.shown(),
                statement,
                text.apply("trainingeffect.caveat", Map.of("providers", providers)),
                missing,
                rows,
                v.provisional());
    }

    private static Row row(TrainingEffectView v, String label, CellName before, CellName after) {
        TrainingEffectView.Cell b = v.cells().get(before.ordinal());
        TrainingEffectView.Cell a = v.cells().get(after.ordinal());
        return new Row(label, b.ratings(), percent(b.share()), a.ratings(), percent(a.share()));
    }

    private static Integer percent(Double share) {
        return share == null ? null : (int) Math.round(share * 100);
    }

    private static String providers(
            TrainingEffectView v, BiFunction<String, Map<String, String>, String> text) {
        List<String> categories = v.event().categories();
        return categories.size() == 1
                ? text.apply("trainingeffect.providers." + categories.get(0), Map.of())
                : text.apply("trainingeffect.providers.other", Map.of());
    }

    private static String missing(
            PublishedEffect.Missing m, BiFunction<String, Map<String, String>, String> text) {
        if (m.what().equals("trained providers")) {
            return text.apply("trainingeffect.missing.providers", Map.of("amount", m.amount()));
        }
        String kind = m.what().substring(0, m.what().indexOf(':'));
        String words = m.what().substring(m.what().indexOf(':') + 2);
        for (CellName cell : CellName.values()) {
            if (cell.words().equals(words)) {
                return text.apply(
                        "trainingeffect.missing." + kind,
                        Map.of(
                                "cell", text.apply("trainingeffect.cell." + cell.name(), Map.of()),
                                "amount", m.amount()));
            }
        }
        throw new IllegalArgumentException("unknown cell " + words);
    }
}
