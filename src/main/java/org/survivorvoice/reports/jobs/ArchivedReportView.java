package org.survivorvoice.reports.jobs;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.reports.data.Audience;

/** An archived workbook in the list. */
public record ArchivedReportView(
        long reportId,
        String period,
        Audience audience,
        @Schema(nullable = true) Long district,
        boolean provisional,
        long sizeBytes,
        String sha256,
        Instant generatedAt) {

    static ArchivedReportView of(ArchivedReport report) {
        return new ArchivedReportView(
                report.id,
                report.period,
                report.audience,
                report.districtId,
                report.provisional,
                report.sizeBytes,
                report.sha256,
                report.generatedAt);
    }
}
