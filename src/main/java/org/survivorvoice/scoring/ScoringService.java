package org.survivorvoice.scoring;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.PublishedFigures;
import org.survivorvoice.scoring.disclosure.PublishedPrecision;
import org.survivorvoice.scoring.disclosure.PublishedRelease;
import org.survivorvoice.scoring.method.CategoryScores;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.UnitCounts;
import org.survivorvoice.scoring.method.UnitScore;

/**
 * Computes score snapshots: counts per provider from one aggregate query, the pure {@link
 * ScoreCalculator} per category and comparison area, and the results written in one transaction. A
 * quarter whose release delay has passed is frozen: once stored frozen, it is never recomputed.
 */
@ApplicationScoped
public class ScoringService {

    private final ScoringQueries queries;
    private final ScoreSnapshotService snapshots;
    private final ScoringConfig scoring;
    private final Clock clock;
    private final ReleaseCalendar releases;

    public ScoringService(
            ScoringQueries queries,
            ScoreSnapshotService snapshots,
            ScoringConfig scoring,
            Clock clock,
            ReleaseCalendar releases) {
        this.releases = releases;
        this.queries = queries;
        this.snapshots = snapshots;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** Recomputes the snapshots of a quarter unless it is already stored frozen. */
    @Transactional
    public RefreshResult refresh(Quarter period) {
        long started = System.nanoTime();
        if (snapshots.isFrozen(period)) {
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
        Map<Long, PublishedRelease> previous = queries.releases(period.previous());
        Map<String, PublishedPrecision> earlier = new HashMap<>();
        List<ScoredGroup> scored = new ArrayList<>();
        for (var group : groups.entrySet()) {
            List<UnitCounts> units = group.getValue().stream().map(ProviderCounts::unit).toList();
            CategoryScores scores = ScoreCalculator.calculate(units, params);
            scored.add(
                    new ScoredGroup(
                            group.getKey(),
                            group.getValue(),
                            scores,
                            releases(
                                    group.getKey(),
                                    group.getValue(),
                                    scores,
                                    previous,
                                    earlier,
                                    period,
                                    params)));
        }
        Instant now = clock.instant();
        int stored;
        try {
            stored = snapshots.replace(period, window(period).get(0), scored, freeze, now, params);
        } catch (SQLException e) {
            throw new IllegalStateException("Score snapshots could not be stored", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Log.infof(
                "Scores of %s computed: %d providers scored in %d groups in %d ms%s",
                period, stored, scored.size(), millis, freeze ? " (frozen)" : "");
        return new RefreshResult(period.toString(), false, freeze, stored, scored.size(), millis);
    }

    /**
     * What each compared provider publishes this quarter: its figures at published precision, or
     * last quarter's again when too few ratings entered its window since they were set.
     */
    private Map<String, PublishedRelease> releases(
            ProviderCounts.Group group,
            List<ProviderCounts> counts,
            CategoryScores scores,
            Map<Long, PublishedRelease> previous,
            Map<String, PublishedPrecision> earlier,
            Quarter period,
            ScoringParameters params) {
        Map<String, PublishedRelease> releases = new HashMap<>();
        if (scores.units().isEmpty()) {
            return releases;
        }
        PublishedPrecision precision =
                new PublishedPrecision(scores.theta0(), scores.tau2(), scores.m(), params);
        Map<String, ProviderCounts> byCode = new HashMap<>();
        counts.forEach(c -> byCode.put(c.providerCode(), c));
        for (UnitScore unit : scores.units()) {
            ProviderCounts c = byCode.get(unit.providerCode());
            PublishedFigures fresh = precision.publish(c.n(), c.x(), c.verifiedN());
            PublishedRelease before = previous.get(c.providerId());
            IntSupplier joint =
                    () ->
                            earlierPrecision(before.since(), group, earlier, params)
                                    .map(
                                            p ->
                                                    PublishedRelease.jointPairs(
                                                            precision.pairs(fresh),
                                                            p.pairs(before.figures())))
                                    .orElse(Integer.MAX_VALUE);
            releases.put(
                    unit.providerCode(),
                    PublishedRelease.next(before, fresh, c.entered(), period.toString(), joint));
        }
        return releases;
    }

    /** The published precision of the group in an earlier quarter, from its stored method. */
    private Optional<PublishedPrecision> earlierPrecision(
            String period,
            ProviderCounts.Group group,
            Map<String, PublishedPrecision> cache,
            ScoringParameters params) {
        String key = period + "/" + group.categoryId() + "/" + group.comparisonId();
        if (!cache.containsKey(key)) {
            cache.put(
                    key,
                    queries.method(Quarter.parse(period), group)
                            .map(m -> new PublishedPrecision(m[0], m[1], m[2], params))
                            .orElse(null));
        }
        return Optional.ofNullable(cache.get(key));
    }

    /** Whether the quarter's release delay has passed, so its results may be published. */
    public boolean isReleased(Quarter period) {
        return releases.isReleased(period);
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
            ProviderCounts.Group group,
            List<ProviderCounts> counts,
            CategoryScores scores,
            Map<String, PublishedRelease> releases) {}

    /** Outcome of a refresh. */
    public record RefreshResult(
            String period,
            boolean alreadyFrozen,
            boolean frozen,
            int providersScored,
            int groups,
            long millis) {}
}
