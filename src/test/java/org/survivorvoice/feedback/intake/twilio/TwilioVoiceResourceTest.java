package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;

/**
 * Incoming IVR calls walked through their TwiML, read with XML paths, as Twilio would walk them.
 */
@QuarkusTest
class TwilioVoiceResourceTest {

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;

    private final SurvivorMessages messages = new SurvivorMessages();
    private String code;

    @BeforeEach
    void provider() {
        code = fixtures.provider(fixtures.district().id, "POLICE", "Sandeshkhali Police Station");
    }

    @Test
    void anIncomingCallRatesThroughEveryStep() {
        TwilioCall call = TwilioCall.incoming(SmsRecords.phone());

        TwimlXml menu = call.answer();
        assertThat(menu.count("/Response/Gather/Say")).isEqualTo(5);
        assertThat(menu.text("/Response/Gather/@timeout")).isEqualTo("8");
        assertThat(menu.text("/Response/Gather/@numDigits")).isEqualTo("1");
        assertThat(menu.text("/Response/Gather/Say[2]/@language")).isEqualTo("hi-IN");
        assertThat(menu.text("/Response/Redirect"))
                .isEqualTo(menu.text("/Response/Gather/@action"));
        assertThat(menu.text("/Response/Gather/@action"))
                .isEqualTo(TwilioRequests.BASE_URL + "/twilio/voice/language?v=0");

        TwimlXml codePrompt = call.press(menu, "1");
        assertThat(codePrompt.text("/Response/Gather/@finishOnKey")).isEqualTo("#");
        assertThat(codePrompt.text("/Response/Gather/Say[last()]"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.code"));

        TwimlXml confirm = call.press(codePrompt, code);
        assertThat(confirm.text("/Response/Gather/Say")).contains("Sandeshkhali Police Station");
        assertThat(confirm.text("/Response/Gather/Say")).contains(String.join(" ", code.split("")));

        TwimlXml next = call.press(confirm, "1");
        for (String answer : new String[] {"2", "3", "4", "5", "1"}) {
            next = call.press(next, answer);
        }
        assertThat(next.text("/Response/Gather/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.money"));
        TwimlXml comment = call.press(next, "2");
        assertThat(comment.count("/Response/Record")).isEqualTo(1);
        assertThat(comment.text("/Response/Record/@finishOnKey")).isEqualTo("#0");
        assertThat(records.ratings(code)).as("stored before the comment").hasSize(1);

        TwimlXml thanks = call.record(comment, "RE0123456789abcdef0123456789abcdef");
        assertThat(thanks.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.thanks"));
        assertThat(thanks.count("/Response/Hangup")).isEqualTo(1);

        var rating = records.ratings(code).get(0);
        assertThat(rating.channel()).isEqualTo("IVR");
        assertThat(rating.language()).isEqualTo("hi");
        assertThat(rating.answers()).isEqualTo(new Answers(2, 3, 4, 5, 1));
        assertThat(rating.moneyAsked()).isFalse();
    }

    @Test
    void aReplayedGatherChangesNothing() {
        TwilioCall call = TwilioCall.incoming(SmsRecords.phone());
        TwimlXml menu = call.answer();
        TwimlXml codePrompt = call.press(menu, "4");
        TwimlXml confirm = call.press(codePrompt, code);
        TwimlXml overall = call.press(confirm, "1");
        TwimlXml dignity = call.press(overall, "5");

        TwimlXml replayed = call.press(overall, "1");
        TwimlXml answeredAgain = call.answer();

        assertThat(replayed.text("/Response/Gather/@action"))
                .isEqualTo(dignity.text("/Response/Gather/@action"));
        assertThat(answeredAgain.text("/Response/Gather/@action"))
                .isEqualTo(dignity.text("/Response/Gather/@action"));
        TwimlXml end = call.timeout(call.timeout(dignity));
        assertThat(end.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.EN, "ivr.goodbye"));
        assertThat(records.ratings(code)).hasSize(1);
        assertThat(records.ratings(code).get(0).answers().overall()).isEqualTo(5);
    }

    @Test
    void aTimeoutRepromptsOnceAndAWrongCodeSaysSo() {
        TwilioCall call = TwilioCall.incoming(SmsRecords.phone());
        TwimlXml menu = call.answer();

        TwimlXml again = call.timeout(menu);
        assertThat(again.count("/Response/Gather")).isEqualTo(1);
        TwimlXml codePrompt = call.press(again, "3");
        String bad = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
        TwimlXml wrong = call.press(codePrompt, bad + "#");

        assertThat(wrong.text("/Response/Gather/Say[1]"))
                .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.code-not-recognised"));
        assertThat(call.press(wrong, bad).text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.goodbye"));
        assertThat(records.ratings(code)).isEmpty();
    }

    @Test
    void nineAnywhereOptsTheCallerOut() {
        String phone = SmsRecords.phone();
        TwilioCall call = TwilioCall.incoming(phone);
        TwimlXml codePrompt = call.press(call.answer(), "2");
        TwimlXml confirm = call.press(codePrompt, code);

        TwimlXml out = call.press(confirm, "9");

        assertThat(out.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.opt-out"));
        assertThat(out.count("/Response/Hangup")).isEqualTo(1);
        assertThat(records.doNotContact(phone)).isTrue();
    }

    @Test
    void theCallersNumberNeverReachesLogsOrUrls() {
        // a canary of its own: pressing 9 puts it on do-not-contact for the rest of the run
        String canary = "9876543201";
        try (CapturedLog log = CapturedLog.install()) {
            TwilioCall call = TwilioCall.incoming("+91" + canary);
            TwimlXml codePrompt = call.press(call.answer(), "4");
            TwimlXml confirm = call.press(codePrompt, code);
            call.press(confirm, "9");

            assertThat(log.size()).isPositive();
            assertThat(log.text()).doesNotContain(canary);
        }
    }

    @Test
    void anUnsignedStepIsRefused() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", "CA" + SmsRecords.messageSid());
        params.put("Digits", "1");

        Response response = TwilioRequests.post("/twilio/voice/language?v=0", params, "forged");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aCallerWhoHangsUpMidSurveyKeepsHerAnswers() {
        TwilioCall call = TwilioCall.incoming(SmsRecords.phone());
        TwimlXml codePrompt = call.press(call.answer(), "4");
        TwimlXml overall = call.press(call.press(codePrompt, code), "1");
        TwimlXml dignity = call.press(overall, "2");
        call.press(dignity, "3");
        assertThat(records.ratings(code)).as("nothing stored before the money question").isEmpty();

        Response ended = call.status("completed");

        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(TwimlXml.parse(ended.asString()).count("/Response/*")).isZero();
        assertThat(records.ratings(code)).hasSize(1);
        var rating = records.ratings(code).get(0);
        assertThat(rating.answers()).isEqualTo(new Answers(2, 3, null, null, null));
        assertThat(rating.verified()).isFalse();
        // a repeated callback and a late webhook of the call store nothing more
        call.status("completed");
        assertThat(call.timeout(dignity).count("/Response/Hangup")).isEqualTo(1);
        assertThat(records.ratings(code)).hasSize(1);
    }
}
