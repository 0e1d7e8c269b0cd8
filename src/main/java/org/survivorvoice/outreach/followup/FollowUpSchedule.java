package org.survivorvoice.outreach.followup;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Ends follow-ups whose validity ran out, at the outreach sweep's interval (Quartz's clustered
 * store: one replica per firing). Its own job rather than a step of the outreach sweep, so that the
 * outbox does not depend on follow-ups (follow-ups use the outbox).
 */
@ApplicationScoped
public class FollowUpSchedule {

    private final FollowUpService followUps;
    private final Clock clock;

    public FollowUpSchedule(FollowUpService followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Scheduled(
            identity = "outreach-follow-up-expiry",
            every = "${survivor-voice.outreach.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        followUps.expire(clock.instant());
    }
}
