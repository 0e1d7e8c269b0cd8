package org.survivorvoice.reports.jobs;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * The archive as each role may see it: funders the released funder editions, officials the released
 * editions of their own district, admins everything including provisional workbooks. Every download
 * is audited.
 */
@ApplicationScoped
public class ArchivedReportService {

    private final StaffContext staff;
    private final ReportArchive archive;
    private final AuditService audit;

    public ArchivedReportService(StaffContext staff, ReportArchive archive, AuditService audit) {
        this.staff = staff;
        this.archive = archive;
        this.audit = audit;
    }

    /** Archived workbooks the caller may read, newest first; all periods when none is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArchivedReportView> list(Quarter period) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (period != null) {
            query.append(" and period = :period");
            parameters.put("period", period.toString());
        }
        if (!staff.hasRole(Roles.ADMIN)) {
            query.append(" and provisional = false and audience = :audience");
            boolean funder = staff.hasRole(Roles.FUNDER);
            parameters.put("audience", funder ? Audience.FUNDER : Audience.OFFICIAL);
            if (!funder) {
                Optional<Long> district = staff.districtScope();
                if (district.isEmpty()) {
                    return List.of();
                }
                query.append(" and districtId = :district");
                parameters.put("district", district.get());
            }
        }
        List<ArchivedReportView> views = new ArrayList<>();
        ArchivedReport.<ArchivedReport>list(
                        query.toString(),
                        Sort.descending("period").and("generatedAt", Sort.Direction.Descending),
                        parameters)
                .forEach(report -> views.add(ArchivedReportView.of(report)));
        return views;
    }

    /** The file of an archived workbook the caller may read; 404 otherwise. Audited. */
    @Transactional
    public Download download(long reportId) {
        ArchivedReport report = ArchivedReport.findById(reportId);
        if (report == null || !visible(report) || !archive.exists(report.fileName)) {
            throw new NotFoundException("Report " + reportId);
        }
        audit.record("REPORT_DOWNLOAD", "report_archive", report.id, report.period);
        return new Download(archive.path(report.fileName), downloadName(report), report.sha256);
    }

    private boolean visible(ArchivedReport report) {
        if (staff.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (report.provisional) {
            return false;
        }
        if (staff.hasRole(Roles.FUNDER)) {
            return report.audience == Audience.FUNDER;
        }
        return staff.hasRole(Roles.OFFICIAL)
                && report.audience == Audience.OFFICIAL
                && staff.districtScope().map(d -> d.equals(report.districtId)).orElse(false);
    }

    private static String downloadName(ArchivedReport report) {
        StringBuilder name = new StringBuilder("survivor-voice-mis-").append(report.period);
        name.append('-').append(report.audience.name().toLowerCase());
        if (report.districtId != null) {
            name.append("-district-").append(report.districtId);
        }
        if (report.provisional) {
            name.append("-provisional");
        }
        return name.append('-').append(report.id).append(".xlsx").toString();
    }

    /** A workbook to send: its file, the name to offer and its SHA-256. */
    public record Download(Path file, String fileName, String sha256) {}
}
