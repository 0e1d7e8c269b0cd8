package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.twilio.SafetyCaseRecords;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.testing.Fixtures;

/**
 * SAFETY F2: messages stored but left RECEIVED (the webhook answered 503 when the database went
 * away after storing, and Twilio did not retry) are handled by the sweep from their sealed body,
 * exactly once, however many sweeps run at once, and a late copy from Twilio gets the stored reply
 * and adds nothing. The database outage itself is {@link DatabaseOutageIT}.
 */
@QuarkusTest
class InboundSweepTest {

    @Inject SmsRecords records;
    @Inject InboundBodySeal seal;
    @Inject InboundSweepService sweep;
    @Inject Fixtures fixtures;
    @Inject PhoneVault vault;
    @Inject SafetyCaseRecords cases;

    private final SurvivorMessages messages = new SurvivorMessages();

    @Test
    void sweepsAMessageLeftReceivedFromItsSealedBody() {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Sweep police station");
        String sid = leftReceived("R " + code + " 4");

        sweep.run(Instant.now().plus(Duration.ofMinutes(3)));

        SmsRecords.Inbound row = records.inbound(InboundSms.TWILIO, sid).orElseThrow();
        assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(row.bodyKept()).isFalse();
        assertThat(row.ratingId()).isNotNull();
        assertThat(row.reply()).isEqualTo(messages.text(SurvivorLanguage.EN, "sms.thanks"));
        assertThat(records.ratings(code)).hasSize(1);
    }

    @Test
    void leavesARecentMessageToTheWebhookRetry() {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Recent police station");
        String sid = leftReceived("R " + code + " 4");

        sweep.run(Instant.now());

        assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().status())
                .isEqualTo(InboundStatus.RECEIVED);
        assertThat(records.ratings(code)).isEmpty();
        sweep.run(Instant.now().plus(Duration.ofMinutes(3)));
    }

    @Test
    void concurrentSweepsHandleEachMessageOnce() throws Exception {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Twice swept station");
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sids.add(leftReceived("R " + code + " 3"));
        }
        Instant later = Instant.now().plus(Duration.ofMinutes(3));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Callable<InboundSweepService.Run>> runs = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            runs.add(() -> sweep.run(later));
        }
        int handled = 0;
        for (Future<InboundSweepService.Run> run : replicas.invokeAll(runs)) {
            handled += run.get().handled();
        }
        replicas.shutdown();

        assertThat(handled).isGreaterThanOrEqualTo(sids.size());
        assertThat(records.ratings(code)).hasSize(sids.size());
        for (String sid : sids) {
            assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().status())
                    .isEqualTo(InboundStatus.PROCESSED);
        }
    }

    @Test
    void aLateTwilioRetryOfASweptMessageGetsTheStoredReplyAndAddsNothing() {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Late retry station");
        String sid = leftReceived("R " + code + " 5");
        sweep.run(Instant.now().plus(Duration.ofMinutes(3)));

        Response retry =
                TwilioRequests.post(
                        "/twilio/sms",
                        TwilioRequests.sms(sid, SmsRecords.phone(), "R " + code + " 5"));

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(TwimlXml.parse(retry.asString()).message())
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.thanks"));
        assertThat(records.ratings(code)).hasSize(1);
    }

    @Test
    void aSweptCallForHelpFromAStrangerKeepsTheNumberToCallBack() {
        String phone = SmsRecords.phone();
        PhoneNumber sender = PhoneNumber.parse(phone).orElseThrow();
        String sid = SmsRecords.messageSid();
        records.leaveReceived(
                InboundSms.TWILIO,
                sid,
                seal.seal("HELP ME", sender, InboundSms.TWILIO, sid),
                vault.blindIndex(sender));

        sweep.run(Instant.now().plus(Duration.ofMinutes(3)));

        assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().command())
                .isEqualTo("AskForHelp");
        List<SafetyCaseRecords.OpenedCase> opened = cases.ofSms(sid);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).phone())
                .as("sealed with the body, not on the row")
                .isEqualTo(phone);
    }

    @Test
    void aBodySealedBeforeSendersWereSealedStillOpensWhole() {
        String sid = SmsRecords.messageSid();

        InboundBodySeal.Opened opened =
                seal.openMessage(
                        seal.seal("R 123456 4", InboundSms.TWILIO, sid), InboundSms.TWILIO, sid);

        assertThat(opened.body()).isEqualTo("R 123456 4");
        assertThat(opened.sender()).isEmpty();
    }

    private String leftReceived(String body) {
        String sid = SmsRecords.messageSid();
        records.leaveReceived(InboundSms.TWILIO, sid, seal.seal(body, InboundSms.TWILIO, sid));
        return sid;
    }
}
