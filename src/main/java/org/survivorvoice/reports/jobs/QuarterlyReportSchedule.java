package org.survivorvoice.reports.jobs;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ScoringService;

/**
 * Once a quarter's release delay has passed, freezes its scores and queues its workbooks: the
 * funder edition and one official edition per district with scores. Runs daily, and queues nothing
 * that is already archived or on its way, so a missed day is caught up the next.
 */
@ApplicationScoped
public class QuarterlyReportSchedule {

    private final ReportJobService jobs;
    private final ScoringService scoring;
    private final ReleaseCalendar releases;

    public QuarterlyReportSchedule(
            ReportJobService jobs, ScoringService scoring, ReleaseCalendar releases) {
        this.jobs = jobs;
        this.scoring = scoring;
        this.releases = releases;
    }

    @Scheduled(
            identity = "quarterly-reports",
            cron = "${survivor-voice.report-archive.release-cron}",
            timeZone = "${survivor-voice.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void generateReleasedQuarter() {
        int abandoned = jobs.failAbandoned();
        if (abandoned > 0) {
            Log.warnf("%d report jobs were abandoned by a stopped instance", abandoned);
        }
        generate(latestReleased());
    }

    /** Freezes a released quarter's scores and queues its missing workbooks. */
    void generate(Quarter period) {
        scoring.refresh(period);
        int queued = 0;
        if (jobs.queueScheduled(new ReportRequest(period, Audience.FUNDER, null, false))) {
            queued++;
        }
        List<Long> districts = jobs.districtsWithScores(period);
        for (Long district : districts) {
            if (jobs.queueScheduled(
                    new ReportRequest(period, Audience.OFFICIAL, district, false))) {
                queued++;
            }
        }
        Log.infof("Quarterly workbooks of %s: %d queued", period, queued);
    }

    /** The newest quarter whose release delay has passed. */
    Quarter latestReleased() {
        return releases.latestReleased();
    }
}
