package org.survivorvoice.reports.data;

import java.util.Map;
import java.util.OptionalLong;
import org.survivorvoice.scoring.disclosure.DisclosureGate;

/**
 * Secondary suppression of a workbook's ratings total across two consecutive quarters (SAFETY S2).
 * {@link DisclosureGate#total} already withholds a total that, with the listed providers' bands,
 * pins the suppressed providers' ratings down within one output. Two consecutive workbooks add a
 * second equation: an observer who assumes that the providers listed in both quarters in the same
 * band did not change (the worst case for us) subtracts last quarter's total from this one's and
 * learns the change of the suppressed sum. A provider whose band changed visibly did change, so the
 * observer knows its two counts only from its two bands, as for a provider listed in one quarter
 * only. This gate publishes this quarter's total only when, read with last quarter's published
 * total, neither quarter's suppressed sum has fewer than {@code minCandidates} possible values.
 *
 * <p>When no value at all agrees with both totals, the published figures refute the observer's
 * assumption (in a rolling window, listed providers gain and lose ratings every quarter, so this is
 * the usual case): the subtraction then tells nothing beyond each total alone, which {@link
 * #single} has already checked. Withholding in that case hid the demo programme's funder total in
 * every quarter. Pure: takes counts, returns what may be published.
 */
public final class RatingTotalGate {

    private static final int HALF_BAND = 2;
    private static final int BAND = 5;

    private RatingTotalGate() {}

    /**
     * Exact valid-rating counts of one output's providers.
     *
     * @param listed providers listed with a band, by provider id
     * @param suppressed suppressed providers, by provider id (each below the suppression gate)
     */
    public record Counts(Map<Long, Long> listed, Map<Long, Long> suppressed) {
        public Counts {
            listed = Map.copyOf(listed);
            suppressed = Map.copyOf(suppressed);
        }
    }

    /**
     * The rounded total this quarter may publish, or empty when it is withheld.
     *
     * @param previous last quarter's counts of the same output, or null when there was none
     */
    public static OptionalLong publish(
            Counts current, Counts previous, int minRatings, int minCandidates) {
        OptionalLong total = single(current, minRatings, minCandidates);
        if (total.isEmpty() || previous == null) {
            return total;
        }
        OptionalLong before = single(previous, minRatings, minCandidates);
        if (before.isEmpty()) {
            return total;
        }
        long[] changed = changedListedRange(current, previous);
        long candidatesNow =
                candidates(
                        before.getAsLong(),
                        total.getAsLong(),
                        bandRange(previous),
                        suppressedRange(previous, minRatings),
                        changed,
                        suppressedRange(current, minRatings));
        // the same reasoning run backwards: what this quarter's total reveals about last quarter's
        long[] reversed = {-changed[1], -changed[0]};
        long candidatesBefore =
                candidates(
                        total.getAsLong(),
                        before.getAsLong(),
                        bandRange(current),
                        suppressedRange(current, minRatings),
                        reversed,
                        suppressedRange(previous, minRatings));
        if (candidatesNow == 0 || candidatesBefore == 0) {
            // both candidate counts over-approximate what the observer can conclude: none means
            // "the listed providers did change", so the difference pins nothing down
            return total;
        }
        // a side without suppressed providers has nothing to protect
        boolean nowSafe = current.suppressed().isEmpty() || candidatesNow >= minCandidates;
        boolean beforeSafe = previous.suppressed().isEmpty() || candidatesBefore >= minCandidates;
        return nowSafe && beforeSafe ? total : OptionalLong.empty();
    }

    /** The single-output gate of {@link DisclosureGate#total}. */
    public static OptionalLong single(Counts counts, int minRatings, int minCandidates) {
        return DisclosureGate.total(
                counts.listed().values().stream().toList(),
                counts.suppressed().values().stream().toList(),
                minRatings,
                minCandidates);
    }

    /**
     * How many values of the second output's suppressed sum agree with both published totals. With
     * {@code U = L1 + S1} (within 2 of the first total), {@code L1} is limited by its bands and by
     * {@code S1}'s range; the second output's listed sum is {@code L1 + D}, {@code D} the bands of
     * providers listed in one output only; {@code S2} then lies within 2 of the second total minus
     * that. The union over the five values of {@code U} is counted.
     */
    static long candidates(
            long total1,
            long total2,
            long[] listed1,
            long[] suppressed1,
            long[] changed,
            long[] suppressed2) {
        boolean[] seen = new boolean[(int) (suppressed2[1] - suppressed2[0] + 1)];
        long count = 0;
        for (long u = total1 - HALF_BAND; u <= total1 + HALF_BAND; u++) {
            long l1Low = Math.max(listed1[0], u - suppressed1[1]);
            long l1High = Math.min(listed1[1], u - suppressed1[0]);
            if (l1Low > l1High) {
                continue;
            }
            long low = Math.max(suppressed2[0], total2 - HALF_BAND - (l1High + changed[1]));
            long high = Math.min(suppressed2[1], total2 + HALF_BAND - (l1Low + changed[0]));
            for (long s = low; s <= high; s++) {
                int i = (int) (s - suppressed2[0]);
                if (!seen[i]) {
                    seen[i] = true;
                    count++;
                }
            }
        }
        return count;
    }

    /** What the bands tell of the listed providers' sum: {@code [low, high]}. */
    static long[] bandRange(Counts counts) {
        long low = 0;
        long high = 0;
        for (long n : counts.listed().values()) {
            low += n / BAND * BAND;
            high += n / BAND * BAND + BAND - 1;
        }
        return new long[] {low, high};
    }

    /** What the number of suppressed providers tells of their sum. */
    static long[] suppressedRange(Counts counts, int minRatings) {
        long units = counts.suppressed().size();
        return new long[] {units, units * (minRatings - 1)};
    }

    /**
     * The change of the listed sum from the earlier to the later output that an observer cannot
     * rule out, assuming providers listed in both in the same band did not change: the bands of
     * providers listed only now (or now in another band) count up, those listed only before (or
     * before in another band) count down.
     */
    static long[] changedListedRange(Counts later, Counts earlier) {
        long low = 0;
        long high = 0;
        for (var e : later.listed().entrySet()) {
            if (!sameBand(e.getValue(), earlier.listed().get(e.getKey()))) {
                low += e.getValue() / BAND * BAND;
                high += e.getValue() / BAND * BAND + BAND - 1;
            }
        }
        for (var e : earlier.listed().entrySet()) {
            if (!sameBand(e.getValue(), later.listed().get(e.getKey()))) {
                low -= e.getValue() / BAND * BAND + BAND - 1;
                high -= e.getValue() / BAND * BAND;
            }
        }
        return new long[] {low, high};
    }

    private static boolean sameBand(long n, Long other) {
        return other != null && n / BAND == other / BAND;
    }
}
