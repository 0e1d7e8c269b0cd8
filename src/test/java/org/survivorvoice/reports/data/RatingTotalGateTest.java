package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.survivorvoice.scoring.disclosure.DisclosureGate;

/**
 * SAFETY S2 between two consecutive quarters: whenever both quarters' totals are published, an
 * observer who also assumes that providers listed in both quarters did not change still faces at
 * least five possible values of each quarter's suppressed sum (checked by brute force over every
 * combination the published figures allow).
 */
class RatingTotalGateTest {

    private static final int MIN_RATINGS = 11;
    private static final int MIN_CANDIDATES = 5;

    @Test
    void withholdsATotalWhoseDifferenceRevealsTheSuppressedChange() {
        // ten listed providers at 22 ("20-24"), one suppressed with 10 ratings, then 1: alone,
        // each total (230, 220) leaves all of 1..10 open; with "nothing else changed", their
        // difference of -10 means a drop of 6 to 14, so 7..10 before and 1..4 now
        Map<Long, Long> listed = new HashMap<>();
        for (long id = 1; id <= 10; id++) {
            listed.put(id, 22L);
        }
        var before = new RatingTotalGate.Counts(listed, Map.of(99L, 10L));
        var now = new RatingTotalGate.Counts(listed, Map.of(99L, 1L));
        assertThat(RatingTotalGate.single(before, MIN_RATINGS, MIN_CANDIDATES)).isPresent();
        assertThat(RatingTotalGate.single(now, MIN_RATINGS, MIN_CANDIDATES)).isPresent();
        assertThat(RatingTotalGate.publish(now, before, MIN_RATINGS, MIN_CANDIDATES)).isEmpty();
        // without the earlier quarter, or without anything suppressed, it is published
        assertThat(RatingTotalGate.publish(now, null, MIN_RATINGS, MIN_CANDIDATES)).isPresent();
        var none = new RatingTotalGate.Counts(listed, Map.of());
        assertThat(RatingTotalGate.publish(none, none, MIN_RATINGS, MIN_CANDIDATES)).hasValue(220);
    }

    @Test
    void publishesWhenListedProvidersVisiblyChanged() {
        // a rolling window: ten listed providers gain ratings within their band (20 -> 24 each),
        // the suppressed one keeps 5. "Nothing listed changed" would need the suppressed sum to
        // grow by about 40, which no count below 11 can: the figures refute that assumption, so
        // the difference tells nothing beyond each total alone (which leaves 7 and 8 values)
        Map<Long, Long> listedBefore = new HashMap<>();
        Map<Long, Long> listedNow = new HashMap<>();
        for (long id = 1; id <= 10; id++) {
            listedBefore.put(id, 20L);
            listedNow.put(id, 24L);
        }
        var before = new RatingTotalGate.Counts(listedBefore, Map.of(99L, 5L));
        var now = new RatingTotalGate.Counts(listedNow, Map.of(99L, 5L));
        assertThat(RatingTotalGate.single(before, MIN_RATINGS, MIN_CANDIDATES)).hasValue(205);
        assertThat(RatingTotalGate.publish(now, before, MIN_RATINGS, MIN_CANDIDATES)).hasValue(245);
    }

    @Test
    void aProviderWhoseBandChangedCountsAsChanged() {
        // listed in both quarters, "20-24" then "30-34": the observer knows it changed, so its
        // two counts are only as certain as its bands
        var before = new RatingTotalGate.Counts(Map.of(1L, 22L, 2L, 40L), Map.of(99L, 4L));
        var now = new RatingTotalGate.Counts(Map.of(1L, 31L, 2L, 40L), Map.of(99L, 4L));
        assertThat(RatingTotalGate.changedListedRange(now, before)).containsExactly(6, 14);
        assertThat(RatingTotalGate.changedListedRange(before, now)).containsExactly(-14, -6);
    }

    /**
     * Providers listed in both quarters may change, within their band or across bands. The observer
     * assumes that those in the same band in both did not change and knows the others only by their
     * bands; whenever both totals are published, that leaves either no value at all (the figures
     * refute the assumption, so the difference tells nothing) or at least five for each quarter's
     * suppressed sum.
     */
    @Property(tries = 2000)
    void changingListedProvidersNeverLetTheDifferencePinDownSuppressedRatings(
            @ForAll @Size(max = 4) List<@IntRange(min = 11, max = 40) Integer> before,
            @ForAll @Size(max = 4) List<@IntRange(min = -6, max = 6) Integer> change,
            @ForAll @Size(min = 1, max = 2)
                    List<@IntRange(min = 1, max = 10) Integer> suppressedBefore,
            @ForAll @Size(min = 1, max = 2)
                    List<@IntRange(min = 1, max = 10) Integer> suppressedNow) {
        Map<Long, Long> listedBefore = new HashMap<>();
        Map<Long, Long> listedNow = new HashMap<>();
        long[] same = {0, 0};
        long[] changedBefore = {0, 0};
        long[] changedNow = {0, 0};
        for (int i = 0; i < before.size(); i++) {
            long b = before.get(i);
            long a = Math.max(11, b + (i < change.size() ? change.get(i) : 0));
            listedBefore.put((long) i, b);
            listedNow.put((long) i, a);
            if (b / 5 == a / 5) {
                add(same, b);
            } else {
                add(changedBefore, b);
                add(changedNow, a);
            }
        }
        var earlierCounts = new RatingTotalGate.Counts(listedBefore, ids(suppressedBefore, 100));
        var nowCounts = new RatingTotalGate.Counts(listedNow, ids(suppressedNow, 200));
        OptionalLong published =
                RatingTotalGate.publish(nowCounts, earlierCounts, MIN_RATINGS, MIN_CANDIDATES);
        OptionalLong earlier = RatingTotalGate.single(earlierCounts, MIN_RATINGS, MIN_CANDIDATES);
        if (published.isEmpty() || earlier.isEmpty()) {
            return;
        }
        int kb = suppressedBefore.size();
        int kn = suppressedNow.size();
        java.util.Set<Long> sb = new java.util.TreeSet<>();
        java.util.Set<Long> sn = new java.util.TreeSet<>();
        for (long c = same[0]; c <= same[1]; c++) {
            for (long b = changedBefore[0]; b <= changedBefore[1]; b++) {
                for (long s1 = kb; s1 <= kb * 10L; s1++) {
                    if (DisclosureGate.roundTotal(c + b + s1) != earlier.getAsLong()) {
                        continue;
                    }
                    for (long a = changedNow[0]; a <= changedNow[1]; a++) {
                        for (long s2 = kn; s2 <= kn * 10L; s2++) {
                            if (DisclosureGate.roundTotal(c + a + s2) == published.getAsLong()) {
                                sb.add(s1);
                                sn.add(s2);
                            }
                        }
                    }
                }
            }
        }
        assertThat(sn.isEmpty() || sn.size() >= MIN_CANDIDATES).as("now %s", sn).isTrue();
        assertThat(sb.isEmpty() || sb.size() >= MIN_CANDIDATES).as("before %s", sb).isTrue();
    }

    private static void add(long[] range, long n) {
        range[0] += n / 5 * 5;
        range[1] += n / 5 * 5 + 4;
    }

    @Property(tries = 3000)
    void consecutiveTotalsNeverPinDownSuppressedRatings(
            @ForAll @Size(max = 5) List<@IntRange(min = 11, max = 60) Integer> common,
            @ForAll @Size(max = 2) List<@IntRange(min = 11, max = 40) Integer> onlyBefore,
            @ForAll @Size(max = 2) List<@IntRange(min = 11, max = 40) Integer> onlyNow,
            @ForAll @Size(min = 1, max = 2)
                    List<@IntRange(min = 1, max = 10) Integer> suppressedBefore,
            @ForAll @Size(min = 1, max = 2)
                    List<@IntRange(min = 1, max = 10) Integer> suppressedNow) {
        Map<Long, Long> listedBefore = new HashMap<>();
        Map<Long, Long> listedNow = new HashMap<>();
        long id = 1;
        for (int n : common) {
            listedBefore.put(id, (long) n);
            listedNow.put(id++, (long) n);
        }
        for (int n : onlyBefore) {
            listedBefore.put(id++, (long) n);
        }
        for (int n : onlyNow) {
            listedNow.put(id++, (long) n);
        }
        var before = new RatingTotalGate.Counts(listedBefore, ids(suppressedBefore, 100));
        var now = new RatingTotalGate.Counts(listedNow, ids(suppressedNow, 200));
        OptionalLong published = RatingTotalGate.publish(now, before, MIN_RATINGS, MIN_CANDIDATES);
        OptionalLong earlier = RatingTotalGate.single(before, MIN_RATINGS, MIN_CANDIDATES);
        if (published.isEmpty() || earlier.isEmpty()) {
            return;
        }
        long commonLow = 0;
        long commonHigh = 0;
        for (int n : common) {
            commonLow += n / 5 * 5;
            commonHigh += n / 5 * 5 + 4;
        }
        long[] beforeOnly = bands(onlyBefore);
        long[] nowOnly = bands(onlyNow);
        int kb = suppressedBefore.size();
        int kn = suppressedNow.size();
        java.util.Set<Long> sb = new java.util.TreeSet<>();
        java.util.Set<Long> sn = new java.util.TreeSet<>();
        // brute force: the common providers' unchanged sum c, the others' sums within their bands
        for (long c = commonLow; c <= commonHigh; c++) {
            for (long b = beforeOnly[0]; b <= beforeOnly[1]; b++) {
                for (long s1 = kb; s1 <= kb * 10L; s1++) {
                    if (DisclosureGate.roundTotal(c + b + s1) != earlier.getAsLong()) {
                        continue;
                    }
                    for (long a = nowOnly[0]; a <= nowOnly[1]; a++) {
                        for (long s2 = kn; s2 <= kn * 10L; s2++) {
                            if (DisclosureGate.roundTotal(c + a + s2) == published.getAsLong()) {
                                sb.add(s1);
                                sn.add(s2);
                            }
                        }
                    }
                }
            }
        }
        long trueNow = suppressedNow.stream().mapToLong(Integer::longValue).sum();
        long trueBefore = suppressedBefore.stream().mapToLong(Integer::longValue).sum();
        assertThat(sn).contains(trueNow).hasSizeGreaterThanOrEqualTo(MIN_CANDIDATES);
        assertThat(sb).contains(trueBefore).hasSizeGreaterThanOrEqualTo(MIN_CANDIDATES);
    }

    private static Map<Long, Long> ids(List<Integer> counts, long first) {
        Map<Long, Long> map = new HashMap<>();
        for (int n : counts) {
            map.put(first++, (long) n);
        }
        return map;
    }

    private static long[] bands(List<Integer> counts) {
        long low = 0;
        long high = 0;
        for (int n : counts) {
            low += n / 5 * 5;
            high += n / 5 * 5 + 4;
        }
        return new long[] {low, high};
    }
}
