package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.testing.Fixtures;

/**
 * Messages stored but never handled, as a crash between storing and handling leaves them: the
 * stored body is what is acted on when the message comes again, and a body that cannot be read
 * still gets valid TwiML (SAFETY F1, F3).
 */
@QuarkusTest
class InboundRecoveryTest {

    @Inject SmsRecords records;
    @Inject InboundBodySeal seal;
    @Inject Fixtures fixtures;

    private final SurvivorMessages messages = new SurvivorMessages();

    @Test
    void aRetriedMessageIsHandledFromItsStoredBody() {
        String code =
                fixtures.provider(fixtures.district().id, "POLICE", "Ranaghat Police Station");
        String sid = SmsRecords.messageSid();
        records.leaveReceived(
                InboundSms.TWILIO, sid, seal.seal("R " + code + " 5", InboundSms.TWILIO, sid));

        Response response =
                TwilioRequests.post(
                        "/twilio/sms", TwilioRequests.sms(sid, SmsRecords.phone(), "HELP"));

        assertThat(TwimlXml.parse(response.asString()).message())
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.thanks"));
        assertThat(records.ratings(code)).hasSize(1);
        assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().status())
                .isEqualTo(InboundStatus.PROCESSED);
    }

    @Test
    void aFailureWhileHandlingStillAnswersTwimlAndMarksTheMessageFailed() {
        String sid = SmsRecords.messageSid();
        // sealed for another message: opening it fails, as after a key change or tampering
        records.leaveReceived(
                InboundSms.TWILIO, sid, seal.seal("HELP", InboundSms.TWILIO, "other"));

        Response response =
                TwilioRequests.post(
                        "/twilio/sms", TwilioRequests.sms(sid, SmsRecords.phone(), "HELP"));
        Response repeat =
                TwilioRequests.post(
                        "/twilio/sms", TwilioRequests.sms(sid, SmsRecords.phone(), "HELP"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        String error = messages.text(SurvivorLanguage.EN, "sms.error");
        assertThat(TwimlXml.parse(response.asString()).message()).isEqualTo(error);
        assertThat(TwimlXml.parse(repeat.asString()).message()).isEqualTo(error);
        SmsRecords.Inbound row = records.inbound(InboundSms.TWILIO, sid).orElseThrow();
        assertThat(row.status()).isEqualTo(InboundStatus.FAILED);
        assertThat(row.bodyKept()).isFalse();
    }
}
