package org.survivorvoice.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.CategoryScores;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.UnitCounts;
import org.survivorvoice.scoring.method.UnitScore;

/**
 * What the scoring run would store for a generated programme, computed without a database: the
 * valid ratings of a window (an overall answer, not from a survivor who withdrew reporting consent)
 * counted per provider as {@code ScoringQueries.countsForWindow} counts them, and each category of
 * each state scored by the real {@link ScoreCalculator} with the default parameters.
 */
final class GeneratedScores {

    private final Map<Integer, UnitScore> scores = new HashMap<>();
    private int suppressed;

    private GeneratedScores() {}

    /** The scores of the four-quarter window ending with the period. */
    static GeneratedScores of(DemoProgramme programme, Quarter period) {
        Set<String> window = new HashSet<>();
        Quarter q = period;
        for (int i = 0; i < 4; i++) {
            window.add(q.toString());
            q = q.previous();
        }
        int providers = programme.providers().size();
        long[] n = new long[providers];
        long[] x = new long[providers];
        List<Set<String>> raters = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            raters.add(new HashSet<>());
        }
        programme
                .activities()
                .forEachRemaining(
                        a -> {
                            DemoRating r = a.rating();
                            if (r == null
                                    || r.answers().overall() == null
                                    || !window.contains(r.period())
                                    || (r.survivorIndex() >= 0
                                            && !programme
                                                    .survivors()
                                                    .get(r.survivorIndex())
                                                    .consentReporting())) {
                                return;
                            }
                            n[r.providerIndex()]++;
                            x[r.providerIndex()] += r.satisfied() ? 1 : 0;
                            raters.get(r.providerIndex())
                                    .add(
                                            r.survivorIndex() >= 0
                                                    ? RaterKey.forSurvivor(r.survivorIndex())
                                                    : r.anonymousRaterKey());
                        });
        Map<String, List<UnitCounts>> groups = new LinkedHashMap<>();
        Map<String, Integer> byCode = new HashMap<>();
        for (DemoProvider p : programme.providers()) {
            if (n[p.index()] == 0) {
                continue;
            }
            int state = programme.areas().get(p.districtIndex()).parentIndex();
            groups.computeIfAbsent(p.category() + "/" + state, k -> new ArrayList<>())
                    .add(
                            new UnitCounts(
                                    p.code(),
                                    n[p.index()],
                                    x[p.index()],
                                    raters.get(p.index()).size(),
                                    0,
                                    0));
            byCode.put(p.code(), p.index());
        }
        GeneratedScores result = new GeneratedScores();
        for (List<UnitCounts> units : groups.values()) {
            CategoryScores scored = ScoreCalculator.calculate(units, ScoringParameters.defaults());
            result.suppressed += scored.suppressedUnits();
            for (UnitScore u : scored.units()) {
                result.scores.put(byCode.get(u.providerCode()), u);
            }
        }
        return result;
    }

    /** The score of the provider at this position, or null when it was suppressed or unrated. */
    UnitScore of(int provider) {
        return scores.get(provider);
    }

    /** The band of the provider at this position, or null when it was not scored. */
    Band band(int provider) {
        UnitScore score = scores.get(provider);
        return score == null ? null : score.band();
    }

    /** Positions of the scored providers. */
    Set<Integer> scored() {
        return scores.keySet();
    }

    /** Providers held back by the suppression gate. */
    int suppressed() {
        return suppressed;
    }
}
