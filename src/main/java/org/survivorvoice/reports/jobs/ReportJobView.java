package org.survivorvoice.reports.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.reports.data.Audience;

/** A report job as the API shows it. */
public record ReportJobView(
        long jobId,
        String period,
        Audience audience,
        @Schema(nullable = true) Long district,
        boolean provisional,
        ReportJobStatus status,
        int progress,
        @Schema(nullable = true) Long reportId,
        @Schema(nullable = true) String failure) {

    static ReportJobView of(ReportJob job) {
        return new ReportJobView(
                job.id,
                job.period,
                job.audience,
                job.districtId,
                job.provisional,
                job.status,
                job.progress,
                job.reportId,
                job.failure);
    }
}
