package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The CUSUM's weights, threshold, reset and pass-through of keys. */
class CusumTest {

    private static List<CusumObservation<String>> ratings(String pattern) {
        // one character per rating: D dissatisfied, anything else not
        List<CusumObservation<String>> observations = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            observations.add(new CusumObservation<>("r" + i, pattern.charAt(i) == 'D'));
        }
        return observations;
    }

    @Test
    void weightsForOddsRatioTwoAreTheFormulaOfTheMethod() {
        for (double p0 : new double[] {0, 0.05, 0.15, 0.3, 0.5, 0.9, 1}) {
            Cusum cusum = new Cusum(p0, 2, 3.5);

            assertThat(cusum.weight(true)).isCloseTo(Math.log(2) - Math.log(1 + p0), within(1e-15));
            assertThat(cusum.weight(false)).isCloseTo(-Math.log(1 + p0), within(1e-15));
        }
    }

    @Test
    void alertsAboveTheThresholdAndStartsAgainFromZero() {
        // p0 = 0.2: a dissatisfied rating adds ln 2 - ln 1.2 = 0.511, any other takes 0.182 off;
        // seven dissatisfied in a row reach 3.58 > 3.5
        Cusum cusum = new Cusum(0.2, 2, 3.5);

        CusumResult<String> result = cusum.run(ratings("DDDDDDD" + "DDDDDDS" + "DD"));

        assertThat(result.alerts()).extracting(CusumAlert::key).containsExactly("r6", "r15");
        assertThat(result.alerts()).extracting(CusumAlert::index).containsExactly(6, 15);
        assertThat(result.alerts().get(0).statistic())
                .isCloseTo(7 * cusum.weight(true), within(1e-12));
        // after the second alert nothing is left over
        assertThat(result.finalStatistic()).isZero();
    }

    @Test
    void statisticExactlyOnTheThresholdDoesNotAlert() {
        // p0 = 0 makes a dissatisfied rating weigh ln 2 exactly, and doubling is exact
        Cusum cusum = new Cusum(0, 2, 2 * Math.log(2));

        CusumResult<String> twice = cusum.run(ratings("DD"));
        CusumResult<String> thrice = cusum.run(ratings("DDD"));

        assertThat(twice.alerts()).isEmpty();
        assertThat(twice.finalStatistic()).isEqualTo(cusum.threshold());
        assertThat(thrice.alerts()).extracting(CusumAlert::index).containsExactly(2);
    }

    @Test
    void statisticNeverFallsBelowZero() {
        CusumResult<String> result = new Cusum(0.2, 2, 3.5).run(ratings("SSSSSSSSSS"));

        assertThat(result.alerts()).isEmpty();
        assertThat(result.finalStatistic()).isZero();
    }

    @Test
    void continuingFromTheFinalStatisticEqualsOneLongRun() {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            pattern.append(random.nextDouble() < 0.3 ? 'D' : 'S');
        }
        List<CusumObservation<String>> all = ratings(pattern.toString());
        Cusum cusum = new Cusum(0.15, 2, 3.5);

        CusumResult<String> whole = cusum.run(all);
        CusumResult<String> first = cusum.run(all.subList(0, 250));
        CusumResult<String> second = cusum.run(all.subList(250, 600), first.finalStatistic());

        List<String> pieces = new ArrayList<>();
        first.alerts().forEach(alert -> pieces.add(alert.key()));
        second.alerts().forEach(alert -> pieces.add(alert.key()));
        assertThat(whole.alerts()).isNotEmpty();
        assertThat(pieces).isEqualTo(whole.alerts().stream().map(CusumAlert::key).toList());
        assertThat(second.finalStatistic()).isEqualTo(whole.finalStatistic());
    }

    @Test
    void busyProvidersGetTheHigherThreshold() {
        ScoringParameters params = ScoringParameters.defaults();

        assertThat(Cusum.forProvider(0.2, 79, params).threshold()).isEqualTo(3.5);
        assertThat(Cusum.forProvider(0.2, 80, params).threshold()).isEqualTo(4.0);
        assertThat(Cusum.forProvider(0.2, 10, params).weight(true))
                .isCloseTo(Math.log(2) - Math.log(1.2), within(1e-15));
    }

    @Test
    void refusesImpossibleParameters() {
        assertThatThrownBy(() -> new Cusum(1.2, 2, 3.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cusum(Double.NaN, 2, 3.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cusum(0.2, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cusum(0.2, 2, 3.5).run(ratings("D"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
