package org.survivorvoice.outreach.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The outreach jobs. They run through Quartz's clustered JDBC job store, so each firing runs on one
 * replica; the outbox claim ({@code SKIP LOCKED} plus a lease) keeps a message to one sender even
 * when runs overlap. Tests disable the scheduler and call the dispatcher and sweep directly. The
 * intervals are keys of {@link org.survivorvoice.outreach.OutreachConfig}, whose defaults the
 * expressions resolve to.
 */
@ApplicationScoped
public class OutreachSchedule {

    private final OutboxDispatcher dispatcher;
    private final OutreachSweepService sweep;
    private final Clock clock;

    public OutreachSchedule(OutboxDispatcher dispatcher, OutreachSweepService sweep, Clock clock) {
        this.dispatcher = dispatcher;
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(
            identity = "outreach-dispatch",
            every = "${survivor-voice.outreach.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        dispatcher.dispatchDue(clock.instant());
    }

    @Scheduled(
            identity = "outreach-sweep",
            every = "${survivor-voice.outreach.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sweep.run(clock.instant());
    }
}
