package org.survivorvoice.reports.jobs;

/** Where a report job is; it moves only forward. */
public enum ReportJobStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Being written; progress tells how far. */
    RUNNING,
    /** Written and archived; the job names the report. */
    DONE,
    /** Stopped; nothing was archived. */
    FAILED
}
