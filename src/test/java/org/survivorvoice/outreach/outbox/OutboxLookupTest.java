package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * SAFETY F4, a send that times out after Twilio accepted it: the next attempt asks Twilio (the real
 * SDK against the loopback fake, which accepts and then never answers) whether the message went
 * out, and records it as sent rather than sending a second copy; a timeout before acceptance is
 * looked up, found missing and sent once more. Safe hours span the whole day here, because the
 * lookup compares Twilio's creation times with the dispatcher's real clock.
 */
@QuarkusTest
class OutboxLookupTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;

    private String provider;
    private long district;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "POLICE", "Lookup police station");
    }

    @Test
    void aTimeoutAfterTwilioAcceptedIsNotSentAgain() {
        Instant t0 = Instant.now();
        String linkPhone = OutreachFixtures.phone();
        String smsPhone = OutreachFixtures.phone();
        String callPhone = OutreachFixtures.phone();
        List<Long> encounters =
                List.of(
                        invite(linkPhone, Consent.ALL, t0),
                        invite(smsPhone, Consent.SMS_ONLY, t0),
                        invite(callPhone, Consent.IVR_ONLY, t0));
        FakeTwilio.script("accept-hang", "accept-hang", "accept-hang");

        DispatchRun first = dispatcher.dispatchDue(t0);
        DispatchRun second = dispatcher.dispatchDue(t0.plus(Duration.ofHours(3)));

        assertThat(first.retrying()).isEqualTo(3);
        assertThat(second.sent()).isEqualTo(3);
        assertThat(FakeTwilio.lookups()).isGreaterThanOrEqualTo(3);
        for (String phone : List.of(linkPhone, smsPhone, callPhone)) {
            assertThat(FakeTwilio.to(phone)).as("requests that create a message").hasSize(1);
        }
        for (long encounter : encounters) {
            OutreachFixtures.OutboxRow row = outreach.outboxOf(encounter).get(0);
            assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.providerMessageId()).isNotNull();
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.SENT);
        }
    }

    @Test
    void aTimeoutBeforeTwilioAcceptedIsLookedUpThenSentOnce() {
        Instant t0 = Instant.now();
        String phone = OutreachFixtures.phone();
        long encounter = invite(phone, Consent.ALL, t0);
        FakeTwilio.script("hang");

        dispatcher.dispatchDue(t0);
        dispatcher.dispatchDue(t0.plus(Duration.ofHours(3)));
        dispatcher.dispatchDue(t0.plus(Duration.ofHours(6)));

        assertThat(FakeTwilio.lookups()).isEqualTo(1);
        List<FakeTwilio.Received> got = FakeTwilio.to(phone);
        assertThat(got).hasSize(2);
        assertThat(got.stream().filter(FakeTwilio.Received::accepted)).hasSize(1);
        assertThat(outreach.outboxOf(encounter).get(0).status()).isEqualTo(OutboxStatus.SENT);
    }

    private long invite(String phone, Consent consent, Instant at) {
        long survivor =
                outreach.survivor(
                        district, phone, consent, LocalTime.MIDNIGHT, LocalTime.of(23, 59));
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, at);
        return encounter;
    }
}
