package org.survivorvoice.reports.jobs;

import java.time.Instant;

/** An archived workbook in the list. */
public record ArchivedReportView(
        long reportId,
        String period,
        String audience,
        Long district,
        boolean provisional,
        long sizeBytes,
        String sha256,
        Instant generatedAt) {

    static ArchivedReportView of(ArchivedReport report) {
        return new ArchivedReportView(
                report.id,
                report.period,
                report.audience.name(),
                report.districtId,
                report.provisional,
                report.sizeBytes,
                report.sha256,
                report.generatedAt);
    }
}
