package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The in-control false-alarm rate of the CUSUM, simulated, against the rate its parameters imply.
 *
 * <p>The implied rate comes from an exact Markov chain, not from another simulation. With p0 =
 * 2^(1/5) - 1 = 0.1487 (a realistic dissatisfaction rate) and OR = 2, a dissatisfied rating adds ln
 * 2 - ln(1 + p0) = 4 d and any other rating takes away ln(1 + p0) = d, with d = ln 2 / 5. Starting
 * from 0, the CUSUM therefore only ever takes the values k d, and the chain on k = 0 .. floor(h /
 * d) is the process itself, with no discretisation error. Solving (I - Q) L = 1 gives the
 * in-control average run length ARL0 from S = 0; because S restarts at 0 after every alert, alerts
 * form a renewal process and the long-run false-alarm rate is 1 / ARL0.
 *
 * <p>Implied values (the same chain, solved independently with NumPy, agreed to 1e-12): h = 3.5
 * gives ARL0 = 1135.78 ratings, 0.880 false alarms per 1,000 in-control ratings; h = 4.0 gives ARL0
 * = 1779.62, 0.562 per 1,000, and a probability of 0.0244 that a busy provider (80 ratings a year)
 * is falsely alerted within one year.
 */
class CusumFalseAlarmTest {

    private static final double P0 = Math.pow(2, 0.2) - 1;
    private static final double STEP = Math.log(2) / 5;
    private static final int UP = 4;
    private static final int DOWN = 1;

    @Test
    void alertRateAtThresholdThreePointFiveIsWithinTenPercentOfTheImpliedRate() {
        double arl = averageRunLength(3.5);
        assertThat(arl).isCloseTo(1135.7789, within(1e-3));

        double simulated = simulatedAlertsPerRating(new Cusum(P0, 2, 3.5), 4_000_000, 11);

        assertThat(simulated).isCloseTo(1 / arl, within(0.10 / arl));
    }

    @Test
    void alertRateAtThresholdFourIsWithinTenPercentOfTheImpliedRate() {
        double arl = averageRunLength(4.0);
        assertThat(arl).isCloseTo(1779.6160, within(1e-3));

        double simulated = simulatedAlertsPerRating(new Cusum(P0, 2, 4.0), 4_000_000, 12);

        assertThat(simulated).isCloseTo(1 / arl, within(0.10 / arl));
    }

    @Test
    void busyProvidersYearWithoutChangeAlertsAsOftenAsImplied() {
        double implied = alertWithin(4.0, 80);
        assertThat(implied).isCloseTo(0.024429, within(1e-6));

        Cusum cusum = new Cusum(P0, 2, 4.0);
        SplittableRandom random = new SplittableRandom(13);
        int providers = 100_000;
        int alerted = 0;
        for (int i = 0; i < providers; i++) {
            if (!cusum.run(inControlRatings(random, 80)).alerts().isEmpty()) {
                alerted++;
            }
        }

        assertThat((double) alerted / providers).isCloseTo(implied, within(0.10 * implied));
    }

    private static double simulatedAlertsPerRating(Cusum cusum, int ratings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int chunk = 100_000;
        double statistic = 0;
        long alerts = 0;
        for (int done = 0; done < ratings; done += chunk) {
            CusumResult<Void> result = cusum.run(inControlRatings(random, chunk), statistic);
            alerts += result.alerts().size();
            statistic = result.finalStatistic();
        }
        return (double) alerts / ratings;
    }

    private static List<CusumObservation<Void>> inControlRatings(SplittableRandom random, int n) {
        List<CusumObservation<Void>> ratings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ratings.add(new CusumObservation<>(null, random.nextDouble() < P0));
        }
        return ratings;
    }

    /** States k = 0 .. floor(h / d); a step up beyond the last one is an alert. */
    private static double[][] transitions(double h) {
        int states = (int) Math.floor(h / STEP) + 1;
        double[][] q = new double[states][states];
        for (int k = 0; k < states; k++) {
            if (k + UP < states) {
                q[k][k + UP] += P0;
            }
            q[k][Math.max(0, k - DOWN)] += 1 - P0;
        }
        return q;
    }

    /** ARL0 from S = 0: solves (I - Q) L = 1 by Gaussian elimination with partial pivoting. */
    private static double averageRunLength(double h) {
        double[][] q = transitions(h);
        int size = q.length;
        double[][] a = new double[size][size + 1];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                a[i][j] = (i == j ? 1 : 0) - q[i][j];
            }
            a[i][size] = 1;
        }
        for (int col = 0; col < size; col++) {
            int pivot = col;
            for (int row = col + 1; row < size; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < size; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int j = col; j <= size; j++) {
                        a[row][j] -= factor * a[col][j];
                    }
                }
            }
        }
        return a[0][size] / a[0][0];
    }

    /** P(at least one alert within n ratings from S = 0), by propagating the state distribution. */
    private static double alertWithin(double h, int n) {
        double[][] q = transitions(h);
        double[] distribution = new double[q.length];
        distribution[0] = 1;
        for (int step = 0; step < n; step++) {
            double[] next = new double[q.length];
            for (int i = 0; i < q.length; i++) {
                for (int j = 0; j < q.length; j++) {
                    next[j] += distribution[i] * q[i][j];
                }
            }
            distribution = next;
        }
        double stillQuiet = 0;
        for (double mass : distribution) {
            stillQuiet += mass;
        }
        return 1 - stillQuiet;
    }
}
