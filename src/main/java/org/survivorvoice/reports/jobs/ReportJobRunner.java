package org.survivorvoice.reports.jobs;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.survivorvoice.common.error.LoggableFailure;
import org.survivorvoice.reports.QuarterlyReports;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;

/**
 * Writes queued workbooks on a small pool of its own, so a long report never holds an HTTP worker,
 * and archives each one with its SHA-256.
 */
@ApplicationScoped
public class ReportJobRunner {

    /** Progress is stored in steps of this many per cent, not on every row written. */
    private static final int PROGRESS_STEP = 5;

    private final ReportJobService jobs;
    private final ReportArchive archive;
    private final QuarterlyReports reports;
    private final ExecutorService workers;

    public ReportJobRunner(
            ReportJobService jobs,
            ReportArchive archive,
            QuarterlyReports reports,
            ReportArchiveConfig config) {
        this.jobs = jobs;
        this.archive = archive;
        this.reports = reports;
        AtomicInteger count = new AtomicInteger();
        this.workers =
                Executors.newFixedThreadPool(
                        Math.max(1, config.workers()),
                        task -> {
                            Thread thread =
                                    new Thread(task, "report-worker-" + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportJobQueued event) {
        workers.execute(() -> run(event.jobId()));
    }

    /** Writes and archives one job's workbook; a job another worker has taken is left alone. */
    void run(long jobId) {
        if (!jobs.start(jobId)) {
            return;
        }
        try {
            ReportRequest request = jobs.requestOf(jobId);
            long started = System.nanoTime();
            ReportArchive.StoredFile file =
                    archive.store(
                            "report-" + jobId + ".xlsx",
                            out -> reports.write(request, out, progressOf(jobId)));
            long reportId = jobs.finish(jobId, file);
            Log.infof(
                    "Report job %d done: report %d, %d bytes in %d ms",
                    jobId, reportId, file.sizeBytes(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            Log.errorf("Report job %d failed: %s", jobId, LoggableFailure.describe(e));
            jobs.fail(jobId, "The workbook could not be written (job " + jobId + ").");
        }
    }

    private ReportProgress progressOf(long jobId) {
        AtomicInteger stored = new AtomicInteger();
        return percent -> {
            if (percent >= stored.get() + PROGRESS_STEP) {
                stored.set(percent);
                jobs.progress(jobId, percent);
            }
        };
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
