package org.survivorvoice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Peak heap of the application process from its Flight Recording: the largest {@code heapUsed} of
 * the {@code jdk.GCHeapSummary} events (taken before and after every collection) within a time
 * window. Before a collection the heap holds garbage too, so this is the most the heap held, not
 * what the work needed live; what a collection cannot free shows in the after-GC figure.
 */
final class HeapRecording {

    /** The most heap used before any collection and after any collection in the window, bytes. */
    record Peak(long beforeGc, long afterGc, int collections) {}

    private HeapRecording() {}

    static Peak peak(Path recording, Instant from, Instant to) {
        long before = 0;
        long after = 0;
        int collections = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.GCHeapSummary")) {
                    continue;
                }
                Instant at = e.getStartTime();
                if (at.isBefore(from) || at.isAfter(to)) {
                    continue;
                }
                long used = e.getLong("heapUsed");
                if ("Before GC".equals(e.getString("when"))) {
                    before = Math.max(before, used);
                    collections++;
                } else {
                    after = Math.max(after, used);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Peak(before, after, collections);
    }
}
