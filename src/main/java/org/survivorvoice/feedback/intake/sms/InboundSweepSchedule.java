package org.survivorvoice.feedback.intake.sms;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Runs {@link InboundSweepService} through Quartz's clustered JDBC job store, so each firing runs
 * on one replica and never overlaps itself; the row claim ({@code SKIP LOCKED}) keeps a message to
 * one handler even so. Tests disable the scheduler and call the service.
 */
@ApplicationScoped
public class InboundSweepSchedule {

    private final InboundSweepService sweep;
    private final Clock clock;

    public InboundSweepSchedule(InboundSweepService sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(
            identity = "inbound-sms-sweep",
            every = "${survivor-voice.sms.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sweep.run(clock.instant());
    }
}
