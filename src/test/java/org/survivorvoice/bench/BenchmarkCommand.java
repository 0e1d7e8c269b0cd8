package org.survivorvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What {@code ./mvnw verify -Pbenchmark} runs after {@code package}: {@link Benchmarks} against the
 * packaged application. Failsafe runs this class only in the benchmark profile (its name is no
 * {@code *IT}); it fails when a step breaks, never on a missed target. When in-JVM benchmarks are
 * named ({@code -Dtest=ScoringBenchmark}), only they run: this one steps aside.
 */
class BenchmarkCommand {

    @Test
    void measuresThePackagedApplication() throws Exception {
        String named = System.getProperty("test");
        Assumptions.assumeTrue(
                named == null || named.isBlank() || named.equalsIgnoreCase("none"),
                "in-JVM benchmarks named with -Dtest: the benchmark command is not run");
        Results results = new Benchmarks().run();
        assertThat(results.figures()).isNotEmpty();
    }
}
