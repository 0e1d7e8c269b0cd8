package org.survivorvoice.reports.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Accepts report requests from staff, decides which edition each may have, and keeps the jobs'
 * state. Funders get the funder edition and officials their district's, both only for released
 * quarters; admins may have either edition of any quarter up to the current one, provisional while
 * the quarter is inside its release delay.
 */
@ApplicationScoped
public class ReportJobService {

    /** A job not heard of for this long was lost with the instance that ran it. */
    static final Duration STALE_AFTER = Duration.ofMinutes(30);

    private final StaffContext staff;
    private final ScoringService scoring;
    private final AuditService audit;
    private final Clock clock;
    private final ProgrammeCalendar calendar;
    private final Event<ReportJobQueued> queued;

    public ReportJobService(
            StaffContext staff,
            ScoringService scoring,
            AuditService audit,
            Clock clock,
            ProgrammeCalendar calendar,
            Event<ReportJobQueued> queued) {
        this.staff = staff;
        this.scoring = scoring;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
        this.queued = queued;
    }

    /** Queues the workbook the caller asked for; answers the job. */
    @Transactional
    public ReportJobView request(Quarter period, Audience audience, Long district) {
        ReportRequest request = authorise(period, audience, district);
        ReportJob job = queue(request, staff.actor());
        audit.record("REPORT_GENERATE", "report_job", job.id, request.period() + " " + audience);
        return ReportJobView.of(job);
    }

    /** Queues a workbook for the scheduler, unless the same edition is archived or on its way. */
    @Transactional
    public boolean queueScheduled(ReportRequest request) {
        long existing =
                ArchivedReport.count(
                                "period = ?1 and audience = ?2 and districtId is not distinct from"
                                        + " ?3 and provisional = false",
                                request.period().toString(),
                                request.audience(),
                                request.districtId())
                        + ReportJob.count(
                                "period = ?1 and audience = ?2 and districtId is not distinct from"
                                        + " ?3 and status in ?4",
                                request.period().toString(),
                                request.audience(),
                                request.districtId(),
                                List.of(ReportJobStatus.QUEUED, ReportJobStatus.RUNNING));
        if (existing > 0) {
            return false;
        }
        ReportJob job = queue(request, "system");
        audit.record("REPORT_GENERATE", "report_job", job.id, request.period() + " scheduled");
        return true;
    }

    /** Districts with scores in the period: each gets its official workbook. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> districtsWithScores(Quarter period) {
        return NativeRow.longs(
                ReportJob.getEntityManager()
                        .createNativeQuery(
                                "SELECT DISTINCT district_id FROM score_snapshot WHERE period = ?1"
                                        + " ORDER BY district_id")
                        .setParameter(1, period.toString()));
    }

    /** A job as its requester (or an admin) sees it; 404 for anybody else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportJobView job(long jobId) {
        ReportJob job = ReportJob.findById(jobId);
        if (job == null || !(staff.hasRole(Roles.ADMIN) || job.requestedBy.equals(staff.actor()))) {
            throw new NotFoundException("Report job " + jobId);
        }
        return ReportJobView.of(job);
    }

    /** Moves a queued job to running; false when another worker has it or it is gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean start(long jobId) {
        ReportJob job = ReportJob.findById(jobId);
        if (job == null || job.status != ReportJobStatus.QUEUED) {
            return false;
        }
        job.status = ReportJobStatus.RUNNING;
        return true;
    }

    /** The workbook a job writes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReportRequest requestOf(long jobId) {
        ReportJob job = ReportJob.findById(jobId);
        if (job == null) {
            throw new NotFoundException("Report job " + jobId);
        }
        return job.request();
    }

    /** Records progress; never moves backwards. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long jobId, int percent) {
        ReportJob job = ReportJob.findById(jobId);
        if (job != null && job.status == ReportJobStatus.RUNNING && percent > job.progress) {
            job.progress = Math.min(percent, 99);
        }
    }

    /** Archives the written file and closes the job. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long finish(long jobId, ReportArchive.StoredFile file) {
        ReportJob job = ReportJob.findById(jobId);
        ArchivedReport report = new ArchivedReport();
        report.period = job.period;
        report.audience = job.audience;
        report.districtId = job.districtId;
        report.provisional = job.provisional;
        report.fileName = file.fileName();
        report.sizeBytes = file.sizeBytes();
        report.sha256 = file.sha256();
        report.generatedBy = job.requestedBy;
        report.generatedAt = clock.instant();
        report.persist();
        job.status = ReportJobStatus.DONE;
        job.progress = 100;
        job.reportId = report.id;
        job.finishedAt = report.generatedAt;
        return report.id;
    }

    /** Closes a job that could not be written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long jobId, String why) {
        ReportJob job = ReportJob.findById(jobId);
        if (job != null && job.status != ReportJobStatus.DONE) {
            job.status = ReportJobStatus.FAILED;
            job.failure = why;
            job.finishedAt = clock.instant();
        }
    }

    /** Fails jobs whose instance went away before finishing them; answers how many. */
    @Transactional
    public int failAbandoned() {
        Instant cutoff = clock.instant().minus(STALE_AFTER);
        List<ReportJob> stale =
                ReportJob.list(
                        "status in ?1 and updatedAt < ?2",
                        List.of(ReportJobStatus.QUEUED, ReportJobStatus.RUNNING),
                        cutoff);
        stale.forEach(
                job -> {
                    job.status = ReportJobStatus.FAILED;
                    job.failure = "Interrupted: the service restarted while writing. Ask again.";
                    job.finishedAt = clock.instant();
                });
        return stale.size();
    }

    private ReportJob queue(ReportRequest request, String requestedBy) {
        ReportJob job = new ReportJob();
        job.period = request.period().toString();
        job.audience = request.audience();
        job.districtId = request.districtId();
        job.provisional = request.provisional();
        job.requestedBy = requestedBy;
        job.status = ReportJobStatus.QUEUED;
        job.progress = 0;
        job.persist();
        queued.fire(new ReportJobQueued(job.id));
        return job;
    }

    private ReportRequest authorise(Quarter period, Audience audience, Long district) {
        if (period == null) {
            throw new InvalidInputException("period", "is required, e.g. 2026-Q3");
        }
        if (audience == null) {
            throw new InvalidInputException("audience", "is required: FUNDER or OFFICIAL");
        }
        Quarter current = calendar.currentQuarter();
        if (period.compareTo(current) > 0) {
            throw new RuleViolatedException("There is no report for a quarter that has not begun.");
        }
        boolean admin = staff.hasRole(Roles.ADMIN);
        if (!admin && staff.hasRole(Roles.FUNDER) && audience != Audience.FUNDER) {
            throw new ForbiddenScopeException("Funders receive the FUNDER workbook.");
        }
        if (!admin && staff.hasRole(Roles.OFFICIAL) && audience != Audience.OFFICIAL) {
            throw new ForbiddenScopeException("Officials receive their district's workbook.");
        }
        Long districtId = audience == Audience.OFFICIAL ? district(district) : null;
        if (audience == Audience.FUNDER && district != null) {
            throw new InvalidInputException("district", "a FUNDER workbook covers every district");
        }
        boolean released = scoring.isReleased(period);
        if (!released && !admin) {
            throw new RuleViolatedException(
                    "The results of " + period + " are released after the release delay.");
        }
        return new ReportRequest(period, audience, districtId, !released);
    }

    private Long district(Long requested) {
        Long id =
                staff.listDistrict(requested)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "district",
                                                "is required for an OFFICIAL workbook"));
        Area area = Area.findById(id);
        if (area == null || area.level != AreaLevel.DISTRICT) {
            throw new NotFoundException("District " + id);
        }
        return id;
    }
}
