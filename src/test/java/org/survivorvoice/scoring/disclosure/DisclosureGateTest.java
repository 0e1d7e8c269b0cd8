package org.survivorvoice.scoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DisclosureGateTest {

    private static final int MIN_RATINGS = 11;
    private static final int MIN_CANDIDATES = 5;

    @Test
    void bandsAndRounding() {
        assertThat(DisclosureGate.countBand(20)).isEqualTo("20-24");
        assertThat(DisclosureGate.countBand(24)).isEqualTo("20-24");
        assertThat(DisclosureGate.countBand(11)).isEqualTo("10-14");
        assertThat(DisclosureGate.roundTotal(102)).isEqualTo(100);
        assertThat(DisclosureGate.roundTotal(103)).isEqualTo(105);
        assertThat(DisclosureGate.roundTotal(0)).isZero();
    }

    @Test
    void withholdsATotalThatWouldRevealOneSuppressedProvider() {
        // listed 20-24 (exactly 20) + suppressed 10: total 30 published as 30; an observer knows
        // the
        // listed count is 20-24, so the suppressed one has 30+-2 minus 20-24: 4 to 12, capped at
        // 10: 4..10, seven candidates: publishable
        assertThat(DisclosureGate.total(List.of(20L), List.of(10L), MIN_RATINGS, MIN_CANDIDATES))
                .hasValue(30);
        // listed exactly 24 + suppressed 10 = 34 -> 35: suppressed in 35+-2 - 20..24 = 9..17,
        // capped 9..10: two candidates: withheld
        assertThat(DisclosureGate.total(List.of(24L), List.of(10L), MIN_RATINGS, MIN_CANDIDATES))
                .isEmpty();
    }

    /**
     * Differencing within one output: whenever a total is published, brute force over every
     * suppressed sum an observer cannot rule out finds at least the required number of candidates,
     * the true sum among them.
     */
    @Property(tries = 2000)
    void publishedTotalNeverPinsDownSuppressedRatings(
            @ForAll @Size(max = 6) List<@IntRange(min = 11, max = 200) Integer> listed,
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 10) Integer> suppressed) {
        List<Long> l = longs(listed);
        List<Long> s = longs(suppressed);
        OptionalLong total = DisclosureGate.total(l, s, MIN_RATINGS, MIN_CANDIDATES);
        if (total.isEmpty()) {
            return;
        }
        long trueSum = s.stream().mapToLong(Long::longValue).sum();
        List<Long> consistent = new ArrayList<>();
        for (long candidate = s.size(); candidate <= s.size() * 10L; candidate++) {
            if (couldProduce(candidate, l, total.getAsLong())) {
                consistent.add(candidate);
            }
        }
        assertThat(consistent).contains(trueSum).hasSizeGreaterThanOrEqualTo(MIN_CANDIDATES);
    }

    /** Whether some listed counts within their published bands plus the candidate round to it. */
    private static boolean couldProduce(long suppressedSum, List<Long> listed, long published) {
        long low = suppressedSum;
        long high = suppressedSum;
        for (long n : listed) {
            low += n / 5 * 5;
            high += n / 5 * 5 + 4;
        }
        for (long t = low; t <= high; t++) {
            if (DisclosureGate.roundTotal(t) == published) {
                return true;
            }
        }
        return false;
    }

    private static List<Long> longs(List<Integer> values) {
        return values.stream().map(Integer::longValue).toList();
    }
}
