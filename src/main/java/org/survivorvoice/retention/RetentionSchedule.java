package org.survivorvoice.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Runs the retention purge on {@link RetentionConfig#purgeCron()}. Through Quartz's clustered JDBC
 * job store each firing runs on one replica; a run that overlaps another changes nothing twice,
 * since every step only touches rows not yet purged. Tests disable the scheduler and call {@link
 * RetentionService#purge} with the instant they choose.
 */
@ApplicationScoped
public class RetentionSchedule {

    private final RetentionService retention;
    private final Clock clock;

    public RetentionSchedule(RetentionService retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(
            identity = "retention-purge",
            cron = "${survivor-voice.retention.purge-cron}",
            timeZone = "${survivor-voice.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        retention.purge(clock.instant());
    }
}
