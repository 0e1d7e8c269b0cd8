package org.survivorvoice.outreach.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/** Safe hours read in her time zone (Asia/Kolkata), with the clock under the test's control. */
@QuarkusTest
class SafeHoursTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;

    private long district;
    private String provider;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "LEGAL_AID", "Taki Legal Aid Clinic");
    }

    @Test
    void anEveningEncounterWaitsForTenInTheMorningKolkataTime() {
        LocalDate day = LocalDate.now(OutreachFixtures.KOLKATA).plusDays(2);
        String phone = OutreachFixtures.phone();
        long survivor = outreach.survivor(district, phone, Consent.SMS_ONLY);
        long encounter = outreach.encounter(survivor, provider);

        InvitationState state =
                outreach.invite(encounter, Occasion.LOGGED, kolkata(day, LocalTime.of(22, 30)));

        assertThat(state.status()).isEqualTo(InvitationStatus.WAITING);
        assertThat(state.reason()).isEqualTo(InvitationReason.OUTSIDE_SAFE_HOURS);
        Instant opening = kolkata(day.plusDays(1), LocalTime.of(10, 0));
        assertThat(outreach.outboxOf(encounter).get(0).nextAttemptAt()).isEqualTo(opening);
        dispatcher.dispatchDue(opening.minusSeconds(1));
        assertThat(FakeTwilio.to(phone)).isEmpty();
        dispatcher.dispatchDue(opening);
        assertThat(FakeTwilio.to(phone)).hasSize(1);
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.SENT);
    }

    @Test
    void aWindowAcrossMidnightSendsLateAtNightAndNotAtNoon() {
        LocalDate day = LocalDate.now(OutreachFixtures.KOLKATA).plusDays(2);
        String phone = OutreachFixtures.phone();
        long survivor =
                outreach.survivor(
                        district, phone, Consent.SMS_ONLY, LocalTime.of(20, 0), LocalTime.of(6, 0));
        long encounter = outreach.encounter(survivor, provider);

        outreach.invite(encounter, Occasion.LOGGED, kolkata(day, LocalTime.of(12, 0)));
        dispatcher.dispatchDue(kolkata(day, LocalTime.of(19, 59)));
        assertThat(FakeTwilio.to(phone)).isEmpty();
        dispatcher.dispatchDue(kolkata(day, LocalTime.of(23, 15)));

        assertThat(FakeTwilio.to(phone)).hasSize(1);
    }

    @Test
    void aRetryThatFallsOutsideTheWindowWaitsForTheNextOne() {
        LocalDate day = LocalDate.now(OutreachFixtures.KOLKATA).plusDays(2);
        String phone = OutreachFixtures.phone();
        long survivor = outreach.survivor(district, phone, Consent.SMS_ONLY);
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, kolkata(day, LocalTime.of(17, 20)));
        FakeTwilio.script("503");

        dispatcher.dispatchDue(kolkata(day, LocalTime.of(17, 20)));
        dispatcher.dispatchDue(kolkata(day, LocalTime.of(17, 45)));

        assertThat(FakeTwilio.to(phone)).hasSize(1);
        assertThat(outreach.outboxOf(encounter).get(0).nextAttemptAt())
                .isEqualTo(kolkata(day.plusDays(1), LocalTime.of(10, 0)));
    }

    private static Instant kolkata(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(OutreachFixtures.KOLKATA).toInstant();
    }
}
