package org.survivorvoice.scoring.alert;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.survivorvoice.common.time.Quarter;

/**
 * The in-control numbers of the deterioration alerts, from valid-rating counts per provider and
 * quarter: the category dissatisfaction rate p0 in the provider's comparison area over the rolling
 * window ending with a quarter, and the provider's ratings in the year ending with it (which picks
 * the CUSUM threshold). Pure; window sums are remembered per group and quarter.
 */
public final class DeteriorationBaselines {

    /** Quarters in a year, for the busy-provider threshold. */
    private static final int YEAR_QUARTERS = 4;

    private final int windowQuarters;
    private final Map<Long, Placement> placements = new HashMap<>();
    private final Map<ProviderQuarter, Long> providerRatings = new HashMap<>();
    private final Map<GroupQuarter, long[]> groupRatings = new HashMap<>();
    private final Map<GroupQuarter, Double> p0Cache = new HashMap<>();

    private DeteriorationBaselines(int windowQuarters) {
        this.windowQuarters = windowQuarters;
    }

    /**
     * Baselines over the counts.
     *
     * @param windowQuarters quarters of the rolling window over which p0 is taken
     */
    public static DeteriorationBaselines of(List<Counts> counts, int windowQuarters) {
        if (windowQuarters < 1) {
            throw new IllegalArgumentException("the window has at least one quarter");
        }
        DeteriorationBaselines baselines = new DeteriorationBaselines(windowQuarters);
        for (Counts c : counts) {
            Placement placement = new Placement(c.categoryId(), c.districtId(), c.comparisonId());
            baselines.placements.put(c.providerId(), placement);
            baselines.providerRatings.merge(
                    new ProviderQuarter(c.providerId(), c.period()), c.ratings(), Long::sum);
            long[] group =
                    baselines.groupRatings.computeIfAbsent(
                            new GroupQuarter(c.categoryId(), c.comparisonId(), c.period()),
                            k -> new long[2]);
            group[0] += c.ratings();
            group[1] += c.dissatisfied();
        }
        return baselines;
    }

    /**
     * The quarters whose counts the baselines of ratings given in these quarters need: each with
     * the window and the year that end with it.
     */
    public static SortedSet<Quarter> periodsFor(Collection<Quarter> quarters, int windowQuarters) {
        SortedSet<Quarter> periods = new TreeSet<>();
        for (Quarter quarter : quarters) {
            Quarter q = quarter;
            for (int i = 0; i < Math.max(windowQuarters, YEAR_QUARTERS); i++) {
                periods.add(q);
                q = q.previous();
            }
        }
        return periods;
    }

    /** The provider's category, district and comparison area; throws for an unknown provider. */
    public Placement placement(long providerId) {
        Placement placement = placements.get(providerId);
        if (placement == null) {
            throw new IllegalStateException("no valid ratings counted for provider " + providerId);
        }
        return placement;
    }

    /**
     * The dissatisfaction rate of the provider's category in its comparison area over the window
     * ending with the quarter.
     */
    public double p0(long providerId, Quarter quarter) {
        Placement placement = placement(providerId);
        GroupQuarter key =
                new GroupQuarter(placement.categoryId(), placement.comparisonId(), quarter);
        return p0Cache.computeIfAbsent(key, this::windowRate);
    }

    /** The provider's valid ratings in the four quarters ending with the quarter. */
    public long ratingsPerYear(long providerId, Quarter quarter) {
        long sum = 0;
        Quarter q = quarter;
        for (int i = 0; i < YEAR_QUARTERS; i++) {
            sum += providerRatings.getOrDefault(new ProviderQuarter(providerId, q), 0L);
            q = q.previous();
        }
        return sum;
    }

    private double windowRate(GroupQuarter key) {
        long ratings = 0;
        long dissatisfied = 0;
        Quarter q = key.quarter();
        for (int i = 0; i < windowQuarters; i++) {
            long[] counts =
                    groupRatings.get(new GroupQuarter(key.categoryId(), key.comparisonId(), q));
            if (counts != null) {
                ratings += counts[0];
                dissatisfied += counts[1];
            }
            q = q.previous();
        }
        if (ratings == 0) {
            // a processed rating is counted in its own group's window, so this means the counts
            // and the ratings were read from different snapshots
            throw new IllegalStateException(
                    "no valid ratings counted for the category up to " + key.quarter());
        }
        return (double) dissatisfied / ratings;
    }

    /**
     * Valid ratings of one provider in one quarter.
     *
     * @param providerId the provider
     * @param categoryId its category
     * @param districtId its district
     * @param comparisonId its comparison area (the state above the district)
     * @param period the quarter
     * @param ratings valid ratings
     * @param dissatisfied those of them with a dissatisfied overall answer
     */
    public record Counts(
            long providerId,
            long categoryId,
            long districtId,
            long comparisonId,
            Quarter period,
            long ratings,
            long dissatisfied) {}

    /** Where a provider sits: its category, its district and its comparison area. */
    public record Placement(long categoryId, long districtId, long comparisonId) {}

    private record ProviderQuarter(long providerId, Quarter quarter) {}

    private record GroupQuarter(long categoryId, long comparisonId, Quarter quarter) {}
}
