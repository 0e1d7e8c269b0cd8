package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.ivr.IvrCallRecord;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.testing.Fixtures;

/**
 * SAFETY I1 for the IVR: the same CallSid and step sent 20 times at once (Twilio's replays racing
 * each other) changes nothing twice: one call row, one rating, one answer stored, and every copy
 * gets the same TwiML.
 */
@QuarkusTest
class IvrReplayConcurrencyTest {

    private static final int COPIES = 20;

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;
    @Inject Calls calls;

    /** What the test reads of the call's row. */
    @jakarta.enterprise.context.ApplicationScoped
    static class Calls {

        @Transactional
        long count(String callSid) {
            return IvrCallRecord.count("callSid", callSid);
        }
    }

    @Test
    void twentyConcurrentCopiesOfOneStepRateOnceAndAnswerAlike() throws Exception {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Concurrent station");
        TwilioCall call = TwilioCall.incoming(SmsRecords.phone());

        List<Response> answers = call.answerConcurrently(COPIES);
        assertSameTwiml(answers);
        assertThat(calls.count(call.sid())).as("one row per CallSid").isEqualTo(1);

        TwimlXml menu = TwimlXml.parse(answers.get(0).asString());
        TwimlXml codePrompt = call.press(menu, "4");
        TwimlXml confirm = call.press(codePrompt, code);
        TwimlXml next = call.press(confirm, "1");
        for (String answer : new String[] {"4", "4", "3", "5"}) {
            next = call.press(next, answer);
        }
        // the last question, raced: one answer, the call one step on
        List<Response> outcome = call.pressConcurrently(next, "2", COPIES);
        assertSameTwiml(outcome);
        TwimlXml money = TwimlXml.parse(outcome.get(0).asString());

        // the step that stores the rating, raced
        List<Response> stored = call.pressConcurrently(money, "1", COPIES);
        assertSameTwiml(stored);
        assertThat(TwimlXml.parse(stored.get(0).asString()).count("/Response/Record")).isEqualTo(1);

        List<SmsRecords.StoredRating> ratings = records.ratings(code);
        assertThat(ratings).as("one rating for twenty copies").hasSize(1);
        assertThat(ratings.get(0).answers()).isEqualTo(new Answers(4, 4, 3, 5, 2));
        assertThat(ratings.get(0).moneyAsked()).isTrue();
    }

    private static void assertSameTwiml(List<Response> answers) {
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        String first = answers.get(0).asString();
        assertThat(answers).extracting(Response::asString).containsOnly(first);
    }
}
