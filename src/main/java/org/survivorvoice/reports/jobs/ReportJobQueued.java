package org.survivorvoice.reports.jobs;

/** Fired when a job is queued; its worker starts once the queueing transaction commits. */
public record ReportJobQueued(long jobId) {}
