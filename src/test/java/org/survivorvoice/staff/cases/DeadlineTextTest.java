package org.survivorvoice.staff.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.safetydesk.CaseDeadline;
import org.survivorvoice.safetydesk.CaseListItem;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.CaseSignal;
import org.survivorvoice.safetydesk.CaseStatus;

class DeadlineTextTest {

    private static final Instant NOW = Instant.parse("1932-03-10T06:00:00Z");

    @Test
    void anOpenCaseIsDueInMinutesHoursOrDays() {
        assertThat(DeadlineText.of(open(Duration.ofMinutes(25)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.due-minutes", 25));
        assertThat(DeadlineText.of(open(Duration.ofHours(5).plusMinutes(40)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.due-hours", 5));
        assertThat(DeadlineText.of(open(Duration.ofHours(47)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.due-hours", 47));
        assertThat(DeadlineText.of(open(Duration.ofHours(71)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.due-days", 3));
        assertThat(DeadlineText.of(open(Duration.ofDays(3).plusHours(11)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.due-days", 3));
    }

    @Test
    void anOverdueCaseSaysByHowMuch() {
        assertThat(DeadlineText.of(open(Duration.ofSeconds(-20)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.overdue-minutes", 1));
        assertThat(DeadlineText.of(open(Duration.ofHours(-7)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.overdue-hours", 7));
        assertThat(DeadlineText.of(open(Duration.ofDays(-2).minusHours(3)), NOW))
                .isEqualTo(new DeadlineText("cases.deadline.overdue-days", 2));
    }

    @Test
    void aReachedCaseSaysWhetherItWasInTime() {
        Instant deadline = NOW.minus(Duration.ofHours(10));
        assertThat(DeadlineText.of(moved(deadline, deadline.minusSeconds(60), null), NOW).key())
                .isEqualTo("cases.deadline.in-time");
        assertThat(DeadlineText.of(moved(deadline, deadline.plusSeconds(60), null), NOW).key())
                .isEqualTo("cases.deadline.late");
        assertThat(DeadlineText.of(moved(deadline, null, CaseOutcome.COULD_NOT_REACH), NOW).key())
                .isEqualTo("cases.deadline.not-reached");
    }

    private static CaseListItem open(Duration untilDeadline) {
        Instant deadline = NOW.plus(untilDeadline);
        return item(CaseStatus.OPEN, deadline, null, null);
    }

    private static CaseListItem moved(Instant deadline, Instant contacted, CaseOutcome outcome) {
        return item(
                outcome == null ? CaseStatus.CONTACTED : CaseStatus.CLOSED,
                deadline,
                contacted,
                outcome);
    }

    private static CaseListItem item(
            CaseStatus status, Instant deadline, Instant contacted, CaseOutcome outcome) {
        return new CaseListItem(
                1,
                Set.of(CaseSignal.MONEY_ASKED),
                CaseChannel.SMS,
                "te",
                "Guntur",
                null,
                status,
                outcome,
                deadline.minus(Duration.ofHours(72)),
                deadline,
                contacted,
                CaseDeadline.overdue(status, deadline, NOW),
                false);
    }
}
