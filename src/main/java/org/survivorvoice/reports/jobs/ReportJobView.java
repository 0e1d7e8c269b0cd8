package org.survivorvoice.reports.jobs;

/** A report job as the API shows it. */
public record ReportJobView(
        long jobId,
        String period,
        String audience,
        Long district,
        boolean provisional,
        ReportJobStatus status,
        int progress,
        Long reportId,
        String failure) {

    static ReportJobView of(ReportJob job) {
        return new ReportJobView(
                job.id,
                job.period,
                job.audience.name(),
                job.districtId,
                job.provisional,
                job.status,
                job.progress,
                job.reportId,
                job.failure);
    }
}
