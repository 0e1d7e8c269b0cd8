package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * Twilio's status callbacks of what the outbox sent (SAFETY I2): signed like every webhook, applied
 * forward only so that any arrival order ends in the furthest state, answered with an empty TwiML
 * response whatever they name.
 */
@QuarkusTest
class TwilioStatusCallbackTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;

    private String provider;
    private long district;
    private Instant t0;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "POLICE", "Gosaba Police Station");
        t0 = OutreachFixtures.noonIn(1);
    }

    @Test
    void shuffledMessageCallbacksEndDelivered() {
        List<String> statuses = List.of("queued", "sending", "sent", "delivered", "sent");
        for (long seed = 1; seed <= 4; seed++) {
            long encounter = sent(Consent.SMS_ONLY);
            String sid = outreach.outboxOf(encounter).get(0).providerMessageId();
            List<String> shuffled = new ArrayList<>(statuses);
            Collections.shuffle(shuffled, new Random(seed));

            for (String status : shuffled) {
                assertEmptyTwiml(TwilioRequests.post("/twilio/sms/status", message(sid, status)));
            }

            assertThat(outreach.outboxOf(encounter).get(0).status())
                    .as("after %s", shuffled)
                    .isEqualTo(OutboxStatus.DELIVERED);
        }
    }

    @Test
    void aFailureAfterDeliveryChangesNothingAndUndeliveredFails() {
        long delivered = sent(Consent.SMS_ONLY);
        long undelivered = sent(Consent.SMS_ONLY);
        String first = outreach.outboxOf(delivered).get(0).providerMessageId();
        String second = outreach.outboxOf(undelivered).get(0).providerMessageId();

        TwilioRequests.post("/twilio/sms/status", message(first, "delivered"));
        TwilioRequests.post("/twilio/sms/status", message(first, "undelivered"));
        TwilioRequests.post("/twilio/sms/status", message(second, "undelivered"));

        assertThat(outreach.outboxOf(delivered).get(0).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(outreach.outboxOf(undelivered).get(0).status()).isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    void shuffledCallCallbacksEndDelivered() {
        long encounter = sent(Consent.IVR_ONLY);
        String sid = outreach.outboxOf(encounter).get(0).providerMessageId();
        assertThat(sid).startsWith("CA");
        List<String> statuses =
                new ArrayList<>(List.of("initiated", "ringing", "in-progress", "completed"));
        Collections.shuffle(statuses, new Random(7));
        statuses.add(0, "completed");

        for (String status : statuses) {
            assertEmptyTwiml(TwilioCall.placed(sid, OutreachFixtures.phone()).status(status));
        }

        assertThat(outreach.outboxOf(encounter).get(0).status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void anUnknownSidIsAnsweredAndChangesNothing() {
        long encounter = sent(Consent.SMS_ONLY);

        assertEmptyTwiml(
                TwilioRequests.post(
                        "/twilio/sms/status", message(SmsRecords.messageSid(), "delivered")));
        assertEmptyTwiml(
                TwilioRequests.post("/twilio/sms/status", message("not a sid", "delivered")));
        assertEmptyTwiml(TwilioCall.incoming(SmsRecords.phone()).status("completed"));

        assertThat(outreach.outboxOf(encounter).get(0).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void anUnsignedOrForgedCallbackIsRefused() {
        long encounter = sent(Consent.SMS_ONLY);
        String sid = outreach.outboxOf(encounter).get(0).providerMessageId();
        Map<String, String> params = message(sid, "delivered");
        String signature =
                TwilioRequests.signature(
                        TwilioRequests.TOKEN,
                        TwilioRequests.BASE_URL + "/twilio/sms/status",
                        params);
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put("MessageStatus", "failed");

        assertThat(TwilioRequests.post("/twilio/sms/status", params, null).statusCode())
                .isEqualTo(403);
        assertThat(TwilioRequests.post("/twilio/sms/status", changed, signature).statusCode())
                .isEqualTo(403);
        assertThat(
                        TwilioRequests.post(
                                        "/twilio/voice/status",
                                        Map.of("CallSid", sid, "CallStatus", "failed"),
                                        "forged")
                                .statusCode())
                .isEqualTo(403);

        assertThat(outreach.outboxOf(encounter).get(0).status()).isEqualTo(OutboxStatus.SENT);
    }

    /** An invitation sent through the fake Twilio; returns its encounter. */
    private long sent(Consent consent) {
        long survivor = outreach.survivor(district, OutreachFixtures.phone(), consent);
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, t0);
        dispatcher.dispatchDue(t0);
        assertThat(outreach.outboxOf(encounter).get(0).status()).isEqualTo(OutboxStatus.SENT);
        return encounter;
    }

    /** A message status callback as Twilio sends it. */
    private static Map<String, String> message(String sid, String status) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("ApiVersion", "2010-04-01");
        params.put("From", "+15005550006");
        params.put("MessageSid", sid);
        params.put("MessageStatus", status);
        params.put("SmsSid", sid);
        params.put("SmsStatus", status);
        params.put("To", OutreachFixtures.phone());
        if (status.equals("undelivered") || status.equals("failed")) {
            params.put("ErrorCode", "30003");
        }
        return params;
    }

    private static void assertEmptyTwiml(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        TwimlXml twiml = TwimlXml.parse(response.asString());
        assertThat(twiml.count("/Response")).isEqualTo(1);
        assertThat(twiml.count("/Response/*")).isZero();
    }
}
