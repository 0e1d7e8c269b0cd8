package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load figures of the demo writer against the embedded MariaDB: the dev preset and a national-scale
 * programme of 10,000 providers and a million ratings. Runs only with {@code ./mvnw verify
 * -Pbenchmark -Dtest=DemoLoadBenchmark}; prints its figures to standard output. Add {@code
 * -DargLine=-Xmx320m} to see that the million ratings stream through a small heap.
 */
@QuarkusTest
@Tag("benchmark")
class DemoLoadBenchmark {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Inject DemoProgrammeWriter writer;

    @Test
    void loadsTheDemoPreset() {
        measure("DEMO preset", DemoSize.DEMO);
    }

    @Test
    void loadsAMillionRatings() {
        measure("10,000 providers / 1,000,000 ratings", DemoSize.BENCHMARK);
    }

    private void measure(String label, DemoSize size) {
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        DemoProgramme programme = DemoProgramme.generate(20260401, size, TODAY, KOLKATA);
        long generated = System.nanoTime();

        DemoLoadReport report = writer.write(programme);

        double total = (System.nanoTime() - started) / 1e9;
        runtime.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "%n[benchmark] %s: %,d areas, %,d providers, %,d survivors, %,d encounters, %,d"
                    + " ratings = %,d rows%n[benchmark]   set-up (areas, providers, survivors in"
                    + " memory) %.2f s; write incl. streamed generation %.2f s = %,.0f rows/s,"
                    + " %,.0f ratings/s; total %.2f s; heap in use after GC %d MB before, %d MB"
                    + " after (max heap %d MB)%n",
                label,
                report.areas(),
                report.providers(),
                report.survivors(),
                report.encounters(),
                report.ratings(),
                report.rows(),
                (generated - started) / 1e9,
                report.elapsed().toNanos() / 1e9,
                report.rowsPerSecond(),
                report.ratings() / (report.elapsed().toNanos() / 1e9),
                total,
                heapBefore >> 20,
                heapAfter >> 20,
                runtime.maxMemory() >> 20);
        assertThat(report.ratings()).isEqualTo(size.ratings());
    }
}
