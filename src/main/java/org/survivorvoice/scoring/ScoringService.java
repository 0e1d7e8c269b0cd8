package org.survivorvoice.scoring;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.CategoryScores;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.UnitCounts;

/**
 * Computes score snapshots: counts per provider from one aggregate query, the pure {@link
 * ScoreCalculator} per category and comparison area, and the results written in one transaction. A
 * quarter whose release delay has passed is frozen: once stored frozen, it is never recomputed.
 */
@ApplicationScoped
public class ScoringService {

    private final ScoringQueries queries;
    private final ScoreSnapshotWriter writer;
    private final ScoringConfig scoring;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    public ScoringService(
            ScoringQueries queries,
            ScoreSnapshotWriter writer,
            ScoringConfig scoring,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.queries = queries;
        this.writer = writer;
        this.scoring = scoring;
        this.config = config;
        this.clock = clock;
    }

    /** Recomputes the snapshots of a quarter unless it is already stored frozen. */
    @Transactional
    public RefreshResult refresh(Quarter period) {
        long started = System.nanoTime();
        if (writer.isFrozen(period)) {
            return new RefreshResult(period.toString(), true, false, 0, 0, 0);
        }
        boolean freeze = isReleased(period);
        ScoringParameters params = scoring.parameters();
        List<ProviderCounts> counts =
                queries.countsForWindow(
                        window(period), params.satisfiedMinOverall(), scoring.verifiedOnly());
        Map<ProviderCounts.Group, List<ProviderCounts>> groups =
                counts.stream()
                        .collect(
                                Collectors.groupingBy(
                                        ProviderCounts::group,
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        List<ScoredGroup> scored = new ArrayList<>();
        for (var group : groups.entrySet()) {
            List<UnitCounts> units = group.getValue().stream().map(ProviderCounts::unit).toList();
            scored.add(
                    new ScoredGroup(
                            group.getKey(),
                            group.getValue(),
                            ScoreCalculator.calculate(units, params)));
        }
        Instant now = clock.instant();
        int stored;
        try {
            stored = writer.replace(period, window(period).get(0), scored, freeze, now, params);
        } catch (SQLException e) {
            throw new IllegalStateException("Score snapshots could not be stored", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Log.infof(
                "Scores of %s computed: %d providers scored in %d groups in %d ms%s",
                period, stored, scored.size(), millis, freeze ? " (frozen)" : "");
        return new RefreshResult(period.toString(), false, freeze, stored, scored.size(), millis);
    }

    /** Whether the quarter's release delay has passed, so its results may be published. */
    public boolean isReleased(Quarter period) {
        Instant release =
                period.end()
                        .plusDays(1)
                        .atStartOfDay(config.timeZone())
                        .toInstant()
                        .plus(scoring.releaseDelay());
        return !clock.instant().isBefore(release);
    }

    /** The quarters of the rolling window ending with the period, oldest first. */
    public List<Quarter> window(Quarter period) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = period;
        for (int i = 0; i < scoring.windowQuarters(); i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    /** One category in one comparison area with its providers' counts and its scores. */
    record ScoredGroup(
            ProviderCounts.Group group, List<ProviderCounts> counts, CategoryScores scores) {}

    /** Outcome of a refresh. */
    public record RefreshResult(
            String period,
            boolean alreadyFrozen,
            boolean frozen,
            int providersScored,
            int groups,
            long millis) {}
}
