package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.invitation.InvitationTokenService;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.outreach.invitation.TokenGrant;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * The dispatcher against the loopback fake of Twilio, through the real Twilio SDK (SAFETY F4):
 * retries on 429, 500 and hangs reach the gateway exactly once per logical message; the breaker
 * opens after five consecutive failures and closes after a good trial; states move forward only.
 */
@QuarkusTest
class OutboxDispatcherTest {

    private static final Pattern LINK = Pattern.compile("/r/([A-Za-z0-9_-]{24})");

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutboxService outbox;
    @Inject InvitationTokenService tokens;

    private String provider;
    private long district;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        Area area = fixtures.district();
        district = area.id;
        provider = fixtures.provider(district, "POLICE", "Basirhat Police Station");
    }

    @Test
    void everyMessageReachesTwilioOnceAcrossRetries() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String linkPhone = OutreachFixtures.phone();
        String smsPhone = OutreachFixtures.phone();
        String callPhone = OutreachFixtures.phone();
        long link = invite(linkPhone, Consent.ALL, t0);
        long sms = invite(smsPhone, Consent.SMS_ONLY, t0);
        long call = invite(callPhone, Consent.IVR_ONLY, t0);
        assertThat(outreach.stateOf(link).channel()).isEqualTo(InvitationChannel.SMS_LINK);
        assertThat(outreach.stateOf(sms).channel()).isEqualTo(InvitationChannel.SMS_CONVERSATION);
        assertThat(outreach.stateOf(call).channel()).isEqualTo(InvitationChannel.IVR_CALL);
        FakeTwilio.script("429", "500", "hang");

        DispatchRun first = dispatcher.dispatchDue(t0);
        DispatchRun second = dispatcher.dispatchDue(t0.plus(Duration.ofHours(3)));
        DispatchRun third = dispatcher.dispatchDue(t0.plus(Duration.ofHours(6)));

        assertThat(first.retrying()).isEqualTo(3);
        assertThat(second.sent()).isEqualTo(3);
        assertThat(third.sent()).isZero();
        for (String phone : List.of(linkPhone, smsPhone, callPhone)) {
            List<FakeTwilio.Received> got = FakeTwilio.to(phone);
            assertThat(got).hasSize(2);
            assertThat(got.stream().filter(FakeTwilio.Received::accepted)).hasSize(1);
        }
        for (long encounter : List.of(link, sms, call)) {
            OutreachFixtures.OutboxRow row = outreach.outboxOf(encounter).get(0);
            assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.SENT);
        }
        FakeTwilio.Received call1 = FakeTwilio.to(callPhone).get(1);
        assertThat(call1.resource()).isEqualTo("Calls");
        assertThat(call1.form().get("Url")).endsWith("/twilio/voice");
        FakeTwilio.Received sms1 = FakeTwilio.to(linkPhone).get(1);
        assertThat(sms1.resource()).isEqualTo("Messages");
        assertThat(sms1.form().get("StatusCallback")).endsWith("/twilio/sms/status");
        assertThat(sms1.form().get("DltTemplateId")).isEqualTo("1107000000000000001");
        assertThat(sms1.form().get("DltEntityId")).isEqualTo("1101000000000000001");
        assertThat(FakeTwilio.to(smsPhone).get(1).form().get("Body")).doesNotContain("/r/");
        // the admins' view keeps the template but never the token
        assertThat(outreach.outboxOf(link).get(0).preview())
                .contains("/r/********")
                .doesNotContain(token(sms1));
    }

    @Test
    void linkTokensAreSingleUseAndExpire() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String phone = OutreachFixtures.phone();
        long encounter = invite(phone, Consent.ALL, t0);
        dispatcher.dispatchDue(t0);
        String token = token(FakeTwilio.to(phone).get(0));

        assertThat(tokens.lookup(token, t0.plusSeconds(60))).isPresent();
        assertThat(tokens.lookup(token, t0.plus(Duration.ofDays(15)))).isEmpty();
        TokenGrant grant = tokens.consume(token, t0.plusSeconds(120)).orElseThrow();
        assertThat(grant.encounterId()).isEqualTo(encounter);
        assertThat(grant.providerCode()).isEqualTo(provider);
        assertThat(tokens.consume(token, t0.plusSeconds(180))).isEmpty();
        assertThat(tokens.lookup(token, t0.plusSeconds(180))).isEmpty();
        assertThat(tokens.lookup("A".repeat(24), t0)).isEmpty();
        assertThat(tokens.lookup("../../etc/passwd", t0)).isEmpty();
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.ANSWERED);
    }

    @Test
    void deliveryStatusesMoveOnlyForward() {
        Instant t0 = OutreachFixtures.noonIn(1);
        long encounter = invite(OutreachFixtures.phone(), Consent.SMS_ONLY, t0);
        dispatcher.dispatchDue(t0);
        String sid = outreach.outboxOf(encounter).get(0).providerMessageId();
        assertThat(sid).startsWith("SM");

        assertThat(outbox.applyStatus(sid, OutboxStatus.DELIVERED, t0.plusSeconds(5))).isTrue();
        assertThat(outbox.applyStatus(sid, OutboxStatus.SENT, t0.plusSeconds(6))).isFalse();
        assertThat(outbox.applyStatus(sid, OutboxStatus.FAILED, t0.plusSeconds(7))).isFalse();
        assertThat(outbox.applyStatus(sid, OutboxStatus.QUEUED, t0.plusSeconds(8))).isFalse();
        assertThat(outbox.applyStatus("SMunknown", OutboxStatus.DELIVERED, t0)).isFalse();
        assertThat(outreach.outboxOf(encounter).get(0).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(OutboxStatus.fromTwilio("undelivered")).isEqualTo(OutboxStatus.FAILED);
        assertThat(OutboxStatus.fromTwilio("completed")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(OutboxStatus.fromTwilio("queued")).isNull();
    }

    @Test
    void breakerOpensAfterFiveConsecutiveFailuresAndClosesAfterAGoodTrial() {
        Instant t0 = OutreachFixtures.noonIn(1);
        List<String> phones =
                List.of(
                        OutreachFixtures.phone(),
                        OutreachFixtures.phone(),
                        OutreachFixtures.phone(),
                        OutreachFixtures.phone(),
                        OutreachFixtures.phone(),
                        OutreachFixtures.phone());
        phones.forEach(p -> invite(p, Consent.SMS_ONLY, t0));
        FakeTwilio.script("500", "500", "500", "500", "500");

        DispatchRun failing = dispatcher.dispatchDue(t0);
        assertThat(failing.retrying()).isEqualTo(5);
        assertThat(failing.refusedByBreaker()).isEqualTo(1);
        assertThat(dispatcher.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(FakeTwilio.received()).hasSize(5);

        // open for five minutes: nothing reaches the gateway, although every message is due
        dispatcher.dispatchDue(t0.plus(Duration.ofMinutes(4)));
        assertThat(FakeTwilio.received()).hasSize(5);

        DispatchRun recovered = dispatcher.dispatchDue(t0.plus(Duration.ofMinutes(10)));
        assertThat(recovered.sent()).isEqualTo(6);
        assertThat(dispatcher.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        for (String phone : phones) {
            assertThat(FakeTwilio.to(phone).stream().filter(FakeTwilio.Received::accepted))
                    .hasSize(1);
        }
    }

    @Test
    void givesUpAfterSixAttempts() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String phone = OutreachFixtures.phone();
        long encounter = invite(phone, Consent.SMS_ONLY, t0);
        FakeTwilio.script("429", "500", "429", "500", "429", "500");

        Instant now = t0;
        for (int i = 0; i < 8; i++) {
            dispatcher.dispatchDue(now);
            now = now.plus(Duration.ofHours(1));
        }

        assertThat(FakeTwilio.to(phone)).hasSize(6).noneMatch(FakeTwilio.Received::accepted);
        OutreachFixtures.OutboxRow row = outreach.outboxOf(encounter).get(0);
        assertThat(row.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row.attempts()).isEqualTo(6);
        assertThat(row.lastError()).isEqualTo("HTTP_500");
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.CANCELLED);
        // one good message closes the breaker again for the tests that follow
        String good = OutreachFixtures.phone();
        Instant nextNoon = t0.plus(Duration.ofDays(1));
        invite(good, Consent.SMS_ONLY, nextNoon);
        dispatcher.dispatchDue(nextNoon);
        assertThat(dispatcher.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(FakeTwilio.to(good)).hasSize(1);
    }

    private long invite(String phone, Consent consent, Instant at) {
        long survivor = outreach.survivor(district, phone, consent);
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, at);
        return encounter;
    }

    private static String token(FakeTwilio.Received sms) {
        Matcher m = LINK.matcher(sms.form().get("Body"));
        assertThat(m.find()).as("link in the SMS").isTrue();
        return m.group(1);
    }
}
