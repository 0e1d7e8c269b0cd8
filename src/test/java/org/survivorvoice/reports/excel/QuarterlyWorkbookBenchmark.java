package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.survivorvoice.bench.Workbooks;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.demo.DemoLoadReport;
import org.survivorvoice.demo.DemoProgramme;
import org.survivorvoice.demo.DemoProgrammeWriter;
import org.survivorvoice.demo.DemoSize;
import org.survivorvoice.reports.QuarterlyReports;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.scoring.ScoringService;

/**
 * The funder workbook at national scale (issue 4): 10,000 providers and 1,000,000 ratings, data
 * built and written end to end, without charts (they join when the chart renderer is integrated).
 * Run with a 512 MB heap:
 *
 * <pre>./mvnw verify -Pbenchmark -Dtest=QuarterlyWorkbookBenchmark -DargLine=-Xmx512m</pre>
 *
 * Prints figures (BENCHMARK lines); targets (under 30 s, under 512 MB) are read off them, never
 * asserted. Peak heap is the sum of the heap pools' peaks since just before the timed runs, which
 * counts garbage not yet collected too, so it is an upper bound of what the report needs. The bare
 * SXSSF write streams the same number of cells (numbers and short texts, one shared style) to a
 * null stream: the ratio says what the template, styles and escaping cost on top of POI itself.
 */
@QuarkusTest
@Tag("benchmark")
class QuarterlyWorkbookBenchmark {

    private static final long SEED = 20260401;
    private static final int RUNS = 3;

    @Inject DemoProgrammeWriter demo;
    @Inject ScoringService scoring;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject QuarterlyReports quarterly;
    @Inject SurvivorVoiceConfig config;
    @Inject Clock clock;

    private final List<String> summary = new ArrayList<>();

    @Test
    void writesTheFunderWorkbookForAMillionRatings() throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        DemoProgramme programme =
                DemoProgramme.generate(SEED, DemoSize.BENCHMARK, today, config.timeZone());
        DemoLoadReport load = demo.write(programme);
        List<Quarter> quarters = programme.quarters();
        long scored = System.nanoTime();
        quarters.forEach(scoring::refresh);
        report(
                "data: %,d providers, %,d ratings, %d quarters scored in %.1f s; max heap %d MB",
                load.providers(),
                load.ratings(),
                quarters.size(),
                (System.nanoTime() - scored) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
        Quarter period = quarters.get(quarters.size() - 1).previous();
        ReportRequest request = new ReportRequest(period, Audience.FUNDER, null, false);

        byte[] last = null;
        List<MemoryPoolMXBean> heap =
                ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .toList();
        for (int run = 1; run <= RUNS; run++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            CountingStream out = new CountingStream(run == RUNS);
            long[] chartsDrawn = new long[1];
            // the job's whole path: scores checked (frozen), data, charts, workbook
            quarterly.write(
                    request,
                    out,
                    percent -> {
                        if (percent >= 40 && chartsDrawn[0] == 0) {
                            chartsDrawn[0] = System.nanoTime();
                        }
                    });
            long written = System.nanoTime();
            long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
            report(
                    "run %d (%s, with charts): data + charts %,d ms + write %,d ms = %,d ms end"
                            + " to end; %,d KB; peak heap %d MB",
                    run,
                    period,
                    (chartsDrawn[0] - started) / 1_000_000,
                    (written - chartsDrawn[0]) / 1_000_000,
                    (written - started) / 1_000_000,
                    out.count >> 10,
                    peakMb);
            if (run == RUNS) {
                last = out.bytes();
            }
        }

        long cells = Workbooks.cells(last);
        long bareNanos = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            bareNanos = Math.min(bareNanos, Workbooks.bareWrite(cells));
        }
        long oursNanos = Long.MAX_VALUE;
        ReportData data = reports.build(request);
        assertThat(data.providers()).hasSizeGreaterThan(1_000);
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            writer.write(data, List.of(), new CountingStream(false), ReportProgress.IGNORED);
            oursNanos = Math.min(oursNanos, System.nanoTime() - started);
        }
        report(
                "write alone vs bare SXSSF of the same %,d cells: %,d ms vs %,d ms, ratio %.1f"
                        + " (best of %d each)",
                cells,
                oursNanos / 1_000_000,
                bareNanos / 1_000_000,
                (double) oursNanos / bareNanos,
                RUNS);
        System.out.println();
        summary.forEach(line -> System.out.println("BENCHMARK " + line));
    }

    private void report(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[benchmark] " + line);
        summary.add(line);
    }

    /** Counts what is written; keeps it only when asked (the last run is read back). */
    private static final class CountingStream extends OutputStream {
        private final ByteArrayOutputStream kept;
        long count;

        CountingStream(boolean keep) {
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            count++;
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
