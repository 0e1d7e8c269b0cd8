package org.survivorvoice.safetydesk;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Runs the daily escalation of overdue cases on {@link SafetyDeskConfig#escalateCron()}. Through
 * Quartz's clustered JDBC job store each firing runs on one replica; a run that overlaps another
 * changes nothing twice. Tests disable the scheduler and call {@link
 * CaseEscalationService#escalate} with the instant they choose.
 */
@ApplicationScoped
public class CaseEscalationSchedule {

    private final CaseEscalationService escalation;
    private final Clock clock;

    public CaseEscalationSchedule(CaseEscalationService escalation, Clock clock) {
        this.escalation = escalation;
        this.clock = clock;
    }

    @Scheduled(
            identity = "safety-case-escalation",
            cron = "${survivor-voice.safety-desk.escalate-cron}",
            timeZone = "${survivor-voice.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalate() {
        escalation.escalate(clock.instant());
    }
}
