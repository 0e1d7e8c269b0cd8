package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time of the rank intervals of one group, 10,000 draws, for a district-sized group of 40 and a
 * large one of 300. Runs only with {@code ./mvnw verify -Pbenchmark -Dtest=RankIntervalsBenchmark};
 * prints figures, never asserts a time (a shared 2-core machine would fail it for reasons that are
 * not the code's).
 */
@Tag("benchmark")
class RankIntervalsBenchmark {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();
    private static final int WARM_UP = 5;
    private static final int TIMED = 20;

    @Test
    void timesGroupsOfFortyAndThreeHundred() {
        for (int size : new int[] {40, 300}) {
            Map<String, BetaPosterior> group = group(size);
            for (int i = 0; i < WARM_UP; i++) {
                RankIntervals.calculate(group, RankIntervals.DEFAULT_DRAWS, i, PARAMS);
            }
            long[] micros = new long[TIMED];
            for (int i = 0; i < TIMED; i++) {
                long started = System.nanoTime();
                Map<String, RankInterval> intervals =
                        RankIntervals.calculate(group, RankIntervals.DEFAULT_DRAWS, i, PARAMS);
                micros[i] = (System.nanoTime() - started) / 1_000;
                assertThat(intervals).hasSize(size);
            }
            Arrays.sort(micros);
            System.out.printf(
                    "BENCHMARK rank intervals, %d providers x %,d draws: best %.1f ms, median %.1f"
                            + " ms of %d runs after %d warm-up; %d processors, load average"
                            + " %.1f%n",
                    size,
                    RankIntervals.DEFAULT_DRAWS,
                    micros[0] / 1e3,
                    micros[TIMED / 2] / 1e3,
                    TIMED,
                    WARM_UP,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Providers with 11-400 ratings at about 70 % satisfied, theta0 0.7 and m 20. */
    private static Map<String, BetaPosterior> group(int size) {
        SplittableRandom random = new SplittableRandom(size);
        Map<String, BetaPosterior> group = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            int n = random.nextInt(11, 401);
            double share = Math.min(1, Math.max(0, 0.7 + 0.1 * random.nextGaussian()));
            group.put(
                    String.format("P%03d", i),
                    Shrinkage.posterior(Math.round(share * n), n, 0.7, 20));
        }
        return group;
    }
}
