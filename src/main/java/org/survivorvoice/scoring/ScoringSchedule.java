package org.survivorvoice.scoring;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;

/**
 * Recomputes, on the configured cron, every quarter that is not yet frozen: the current one and the
 * last closed one until its release delay passes, when its final computation freezes it. A refresh
 * is idempotent, so a run on each of several replicas is wasteful but harmless. The cron is {@link
 * ScoringConfig#refreshCron()}, whose default the expression resolves to.
 */
@ApplicationScoped
public class ScoringSchedule {

    private final ScoringService scoring;
    private final ProgrammeCalendar calendar;

    public ScoringSchedule(ScoringService scoring, ProgrammeCalendar calendar) {
        this.scoring = scoring;
        this.calendar = calendar;
    }

    @Scheduled(
            identity = "score-refresh",
            cron = "${survivor-voice.scoring.refresh-cron}",
            timeZone = "${survivor-voice.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshOpenQuarters() {
        Quarter current = calendar.currentQuarter();
        for (Quarter period : new Quarter[] {current.previous(), current}) {
            ScoringService.RefreshResult result = scoring.refresh(period);
            Log.infof(
                    "Scheduled score refresh of %s: %d providers%s",
                    period,
                    result.providersScored(),
                    result.alreadyFrozen() ? " (already frozen)" : "");
        }
    }
}
