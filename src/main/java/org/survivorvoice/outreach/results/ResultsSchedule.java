package org.survivorvoice.outreach.results;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.survivorvoice.scoring.ReleaseCalendar;

/**
 * Creates the results messages of the newest released quarter on {@link ResultsConfig#cron()}
 * (daily by default). Through Quartz's clustered JDBC job store each firing runs on one replica; an
 * overlapping or repeated run creates nothing twice (one contact per survivor and quarter), so a
 * quarter's results reach each survivor once, on the first run after its release. Tests disable the
 * scheduler and call {@link ResultsService#createFor} with the quarter and instant they choose.
 */
@ApplicationScoped
public class ResultsSchedule {

    private final ResultsService results;
    private final ReleaseCalendar releases;
    private final ResultsConfig config;
    private final Clock clock;

    public ResultsSchedule(
            ResultsService results, ReleaseCalendar releases, ResultsConfig config, Clock clock) {
        this.results = results;
        this.releases = releases;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "outreach-results",
            cron = "${survivor-voice.outreach.results.cron}",
            timeZone = "${survivor-voice.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendLatestReleased() {
        if (config.enabled()) {
            results.createFor(releases.latestReleased(), clock.instant());
        }
    }
}
