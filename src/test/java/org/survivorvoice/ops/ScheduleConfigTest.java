package org.survivorvoice.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.common.runtime.util.SchedulerUtils;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.outbox.OutreachSchedule;
import org.survivorvoice.reports.jobs.QuarterlyReportSchedule;
import org.survivorvoice.reports.jobs.ReportArchiveConfig;
import org.survivorvoice.retention.RetentionConfig;
import org.survivorvoice.retention.RetentionSchedule;
import org.survivorvoice.safetydesk.CaseEscalationSchedule;
import org.survivorvoice.safetydesk.SafetyDeskConfig;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringSchedule;
import org.survivorvoice.scoring.alert.DeteriorationSchedule;

/**
 * The schedules take their timing from the configuration mappings, whose {@code @WithDefault} is
 * the one place each default is written: the annotations name the key only, and the scheduler's own
 * resolution ({@link SchedulerUtils#lookUpPropertyValue}, which reads the MicroProfile config that
 * also carries the mappings' defaults) gives the mapping's value. The tests run with the scheduler
 * off, so this is where a missing default would show before a deployment does.
 */
@QuarkusTest
class ScheduleConfigTest {

    @Inject SurvivorVoiceConfig application;
    @Inject ScoringConfig scoring;
    @Inject OutreachConfig outreach;
    @Inject ReportArchiveConfig archive;
    @Inject RetentionConfig retention;
    @Inject SafetyDeskConfig safetyDesk;

    @Test
    void scoringSchedulesReadTheScoringMapping() throws NoSuchMethodException {
        assertThat(resolved(ScoringSchedule.class, "refreshOpenQuarters", Scheduled::cron))
                .isEqualTo(scoring.refreshCron());
        assertThat(resolved(ScoringSchedule.class, "refreshOpenQuarters", Scheduled::timeZone))
                .isEqualTo(application.timeZone().getId());
        assertThat(resolved(DeteriorationSchedule.class, "updateAlerts", Scheduled::every))
                .isEqualTo(scoring.cusum().updateEvery());
    }

    @Test
    void outreachSchedulesReadTheOutreachMapping() throws NoSuchMethodException {
        assertThat(resolved(OutreachSchedule.class, "dispatch", Scheduled::every))
                .isEqualTo(outreach.dispatchEvery());
        assertThat(resolved(OutreachSchedule.class, "sweep", Scheduled::every))
                .isEqualTo(outreach.sweepEvery());
    }

    @Test
    void quarterlyWorkbooksReadTheArchiveMapping() throws NoSuchMethodException {
        assertThat(
                        resolved(
                                QuarterlyReportSchedule.class,
                                "generateReleasedQuarter",
                                Scheduled::cron))
                .isEqualTo(archive.releaseCron());
        assertThat(
                        resolved(
                                QuarterlyReportSchedule.class,
                                "generateReleasedQuarter",
                                Scheduled::timeZone))
                .isEqualTo(application.timeZone().getId());
    }

    @Test
    void retentionPurgeReadsTheRetentionMapping() throws NoSuchMethodException {
        assertThat(resolved(RetentionSchedule.class, "purge", Scheduled::cron))
                .isEqualTo(retention.purgeCron());
        assertThat(resolved(RetentionSchedule.class, "purge", Scheduled::timeZone))
                .isEqualTo(application.timeZone().getId());
        assertThat(retention.contactDays()).isEqualTo(90);
        assertThat(retention.commentDays()).isEqualTo(180);
    }

    @Test
    void safetyCaseEscalationReadsTheSafetyDeskMapping() throws NoSuchMethodException {
        assertThat(resolved(CaseEscalationSchedule.class, "escalate", Scheduled::cron))
                .isEqualTo(safetyDesk.escalateCron());
        assertThat(resolved(CaseEscalationSchedule.class, "escalate", Scheduled::timeZone))
                .isEqualTo(application.timeZone().getId());
    }

    /** The attribute as the scheduler resolves it, after checking it names a key and no default. */
    private static String resolved(
            Class<?> bean, String method, Function<Scheduled, String> attribute)
            throws NoSuchMethodException {
        String expression =
                attribute.apply(bean.getDeclaredMethod(method).getAnnotation(Scheduled.class));
        assertThat(expression).matches("\\$\\{survivor-voice\\.[a-z.-]+\\}");
        return SchedulerUtils.lookUpPropertyValue(expression);
    }
}
