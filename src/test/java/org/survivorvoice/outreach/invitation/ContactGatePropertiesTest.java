package org.survivorvoice.outreach.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.survivorvoice.survivor.SafeWindow;

/**
 * Over random consent, do-not-contact, enrolment, rating, safe windows and clock states: the gate
 * sends if and only if every condition holds, and a wait always ends inside her window and before
 * expiry. The window is checked against minutes-of-day arithmetic, independent of {@link
 * SafeWindow}.
 */
class ContactGatePropertiesTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant BASE = Instant.parse("2026-07-01T00:00:00Z");

    @Property(tries = 3000)
    void sendsIfAndOnlyIfEveryConditionHolds(
            @ForAll boolean enrolled,
            @ForAll boolean channelConsent,
            @ForAll boolean reportingConsent,
            @ForAll boolean doNotContact,
            @ForAll boolean alreadyRated,
            @ForAll("minutesOfDay") int fromMinute,
            @ForAll("minutesOfDay") int toMinute,
            @ForAll("minutesIntoTwoWeeks") int nowMinute,
            @ForAll("minutesIntoTwoWeeks") int expiryMinute) {
        Instant now = BASE.plus(Duration.ofMinutes(nowMinute));
        Instant expires = BASE.plus(Duration.ofMinutes(expiryMinute));
        SafeWindow window =
                new SafeWindow(
                        LocalTime.MIN.plusMinutes(fromMinute),
                        LocalTime.MIN.plusMinutes(toMinute),
                        KOLKATA);
        ContactFacts facts =
                new ContactFacts(
                        enrolled,
                        channelConsent,
                        reportingConsent,
                        doNotContact,
                        alreadyRated,
                        window,
                        expires);

        ContactDecision decision = ContactGate.decide(facts, now);

        boolean inWindow = insideByArithmetic(fromMinute, toMinute, now);
        boolean everyCondition =
                enrolled
                        && channelConsent
                        && reportingConsent
                        && !doNotContact
                        && !alreadyRated
                        && now.isBefore(expires)
                        && inWindow;
        assertThat(decision.isSend()).isEqualTo(everyCondition);
        if (decision.verdict() == ContactDecision.Verdict.WAIT) {
            assertThat(decision.waitUntil()).isAfter(now).isBefore(expires);
            assertThat(insideByArithmetic(fromMinute, toMinute, decision.waitUntil())).isTrue();
            assertThat(
                            insideByArithmetic(
                                    fromMinute, toMinute, decision.waitUntil().minusSeconds(60)))
                    .isFalse();
        }
        if (!everyCondition) {
            assertThat(decision.reason()).isNotNull();
        }
    }

    @Provide
    Arbitrary<Integer> minutesOfDay() {
        return Arbitraries.integers().between(0, 24 * 60 - 1);
    }

    @Provide
    Arbitrary<Integer> minutesIntoTwoWeeks() {
        return Arbitraries.integers().between(0, 14 * 24 * 60);
    }

    private static boolean insideByArithmetic(int from, int to, Instant instant) {
        LocalTime t = instant.atZone(KOLKATA).toLocalTime();
        int m = t.getHour() * 60 + t.getMinute();
        if (from == to) {
            return false;
        }
        return from < to ? m >= from && m < to : m >= from || m < to;
    }
}
