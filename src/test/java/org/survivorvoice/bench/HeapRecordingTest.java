package org.survivorvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's peak heap is read from the heap summaries of a Flight Recording. */
class HeapRecordingTest {

    @TempDir Path dir;

    @Test
    void readsThePeakHeapWithinTheWindowOnly() throws Exception {
        Path file = dir.resolve("heap.jfr");
        Instant from;
        Instant to;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.GCHeapSummary");
            recording.start();
            from = Instant.now();
            byte[][] held = new byte[16][];
            for (int i = 0; i < held.length; i++) {
                held[i] = new byte[1 << 20];
            }
            System.gc();
            to = Instant.now();
            assertThat(held[15]).hasSize(1 << 20);
            Thread.sleep(50);
            System.gc();
            recording.stop();
            recording.dump(file);
        }

        HeapRecording.Peak peak = HeapRecording.peak(file, from, to);
        assertThat(peak.collections()).isGreaterThanOrEqualTo(1);
        assertThat(peak.beforeGc()).isGreaterThanOrEqualTo(16L << 20);
        assertThat(peak.afterGc()).isGreaterThanOrEqualTo(16L << 20);

        HeapRecording.Peak before = HeapRecording.peak(file, from.minusSeconds(60), from);
        assertThat(before.collections()).isZero();
        assertThat(before.beforeGc()).isZero();
    }
}
