package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.sms.ConversationRecords;
import org.survivorvoice.feedback.intake.sms.ConversationRecords.EncounterRating;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.SafetyCaseRecords.OpenedCase;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * Calls the outbox placed for an invitation, walked through their TwiML as Twilio walks them: a
 * survivor who agreed to calls only (with a PIN) is enrolled and her encounter logged through the
 * API, the dispatcher places the call at the fake Twilio, and Twilio's webhooks for that CallSid
 * follow.
 */
@QuarkusTest
class InvitedCallTest {

    private static final String PIN = "7093";
    private static final String PROVIDER_NAME = "Basanti Police Station";

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject ConversationRecords records;
    @Inject SmsRecords sms;
    @Inject OutboxDispatcher dispatcher;
    @Inject SafetyCaseRecords cases;

    private final SurvivorMessages messages = new SurvivorMessages();
    private long district;
    private String worker;
    private String provider;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        worker = fixtures.user(Roles.FIELDWORKER, null);
        provider = fixtures.provider(district, "POLICE", PROVIDER_NAME);
    }

    @Test
    void theRightPinLeadsToTheEncountersQuestionsAndAVerifiedRating() {
        Placed placed = place("bn");

        TwimlXml greeting = placed.call().answer();
        assertThat(greeting.text("/Response/Gather/Say[1]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.invitation-greeting"));
        assertThat(greeting.text("/Response/Gather/Say[2]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.pin"));
        assertThat(greeting.text("/Response/Gather/Say[1]/@language")).isEqualTo("bn-IN");
        assertThat(greeting.text("/Response/Gather/@timeout")).isEqualTo("8");
        assertThat(greeting.text("/Response/Gather/@numDigits")).isEqualTo("4");
        assertThat(greeting.text("/Response/Gather/@action"))
                .isEqualTo(TwilioRequests.BASE_URL + "/twilio/voice/pin?v=0");
        assertThat(greeting.text("/Response")).as("names no provider").doesNotContain("Basanti");

        TwimlXml next = placed.call().press(greeting, PIN);
        assertThat(next.text("/Response/Gather/Say[1]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.callback-offer"));
        assertThat(next.text("/Response/Gather/Say[2]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.overall"));
        for (String answer : new String[] {"4", "3", "5", "2", "4"}) {
            next = placed.call().press(next, answer);
        }
        assertThat(next.text("/Response/Gather/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.money"));
        TwimlXml thanks = placed.call().press(next, "1");

        assertThat(thanks.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.thanks"));
        assertThat(thanks.count("/Response/Hangup")).isEqualTo(1);
        assertThat(thanks.count("/Response/Record")).isZero();
        EncounterRating rating = records.ratingOf(placed.encounter()).orElseThrow();
        assertThat(rating.channel()).isEqualTo("IVR");
        assertThat(rating.verified()).isTrue();
        assertThat(rating.survivorId()).isEqualTo(placed.survivor());
        assertThat(rating.language()).isEqualTo("bn");
        assertThat(rating.answers()).isEqualTo(new Answers(4, 3, 5, 2, 4));
        assertThat(rating.moneyAsked()).isTrue();
        assertThat(outreach.stateOf(placed.encounter()).status())
                .isEqualTo(InvitationStatus.ANSWERED);
        // the call's completion moves its outbox row on and stores nothing more
        assertThat(placed.call().status("completed").statusCode()).isEqualTo(200);
        assertThat(outreach.outboxOf(placed.encounter()).get(0).status())
                .isEqualTo(OutboxStatus.DELIVERED);
        assertThat(records.ratingCount(placed.encounter())).isEqualTo(1);
    }

    @Test
    void aWrongPinTwiceEndsTheCallNeutrallyAndStoresNothing() {
        Placed placed = place("hi");
        TwimlXml greeting = placed.call().answer();

        TwimlXml again = placed.call().press(greeting, "1234");
        assertThat(again.text("/Response/Gather/Say[1]"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.pin-wrong"));
        assertThat(again.text("/Response/Gather/Say[2]"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.pin"));
        TwimlXml end = placed.call().press(again, "1234#");

        assertThat(end.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.pin-failed"));
        assertThat(end.count("/Response/Hangup")).isEqualTo(1);
        assertThat(end.count("/Response/Gather")).isZero();
        // the right PIN replayed at the old prompt opens nothing
        TwimlXml replayed = placed.call().press(again, PIN);
        assertThat(replayed.count("/Response/Hangup")).isEqualTo(1);
        assertThat(replayed.count("/Response/Gather")).isZero();
        placed.call().status("completed");
        assertThat(records.ratingOf(placed.encounter())).isEmpty();
        assertThat(outreach.stateOf(placed.encounter()).status()).isEqualTo(InvitationStatus.SENT);
    }

    @Test
    void silenceAtThePinIsAskedOnceMoreThenAGoodbye() {
        Placed placed = place("te");
        TwimlXml greeting = placed.call().answer();

        TwimlXml again = placed.call().timeout(greeting);
        assertThat(again.text("/Response/Gather/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.pin"));
        TwimlXml end = placed.call().timeout(again);

        assertThat(end.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.goodbye"));
        assertThat(end.count("/Response/Hangup")).isEqualTo(1);
        assertThat(records.ratingOf(placed.encounter())).isEmpty();
    }

    @Test
    void aReplayedGatherChangesNothing() {
        Placed placed = place("en");
        TwimlXml overall = placed.call().press(placed.call().answer(), PIN);
        TwimlXml dignity = placed.call().press(overall, "5");

        TwimlXml replayed = placed.call().press(overall, "1");
        TwimlXml answeredAgain = placed.call().answer();

        assertThat(replayed.text("/Response/Gather/@action"))
                .isEqualTo(dignity.text("/Response/Gather/@action"));
        assertThat(answeredAgain.text("/Response/Gather/@action"))
                .isEqualTo(dignity.text("/Response/Gather/@action"));
        assertThat(answeredAgain.count("/Response/Gather/Say")).as("no second greeting").isOne();
        TwimlXml next = dignity;
        for (String answer : new String[] {"4", "4", "4", "4", "2"}) {
            next = placed.call().press(next, answer);
        }
        assertThat(next.count("/Response/Hangup")).isEqualTo(1);
        assertThat(records.ratingOf(placed.encounter()).orElseThrow().answers())
                .isEqualTo(new Answers(5, 4, 4, 4, 4));
    }

    @Test
    void hangingUpMidSurveyKeepsTheAnswersAsAVerifiedRating() {
        Placed placed = place("hi");
        TwimlXml overall = placed.call().press(placed.call().answer(), PIN);
        TwimlXml dignity = placed.call().press(overall, "4");
        placed.call().press(dignity, "3");
        assertThat(records.ratingOf(placed.encounter())).isEmpty();

        var ended = placed.call().status("completed");

        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(TwimlXml.parse(ended.asString()).count("/Response/*")).isZero();
        EncounterRating rating = records.ratingOf(placed.encounter()).orElseThrow();
        assertThat(rating.answers()).isEqualTo(new Answers(4, 3, null, null, null));
        assertThat(rating.moneyAsked()).isNull();
        assertThat(rating.verified()).isTrue();
        placed.call().status("completed");
        assertThat(records.ratingCount(placed.encounter())).isEqualTo(1);
    }

    @Test
    void nineAtThePinOptsHerOut() {
        Placed placed = place("en");

        TwimlXml out = placed.call().press(placed.call().answer(), "9");

        assertThat(out.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.EN, "ivr.opt-out"));
        assertThat(sms.doNotContact(placed.phone())).isTrue();
        assertThat(records.ratingOf(placed.encounter())).isEmpty();
    }

    @Test
    void zeroAfterThePinOpensOneCaseWithHerSurvivorIdAndZeroAsAPinOpensNone() {
        Placed placed = place("bn");
        TwimlXml greeting = placed.call().answer();

        TwimlXml wrongPin = placed.call().press(greeting, "0");
        assertThat(wrongPin.text("/Response/Gather/Say[1]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.pin-wrong"));
        assertThat(cases.ofCall(placed.call().sid())).as("nobody known before the PIN").isEmpty();
        TwimlXml overall = placed.call().press(wrongPin, PIN);
        TwimlXml dignity = placed.call().press(overall, "2");
        TwimlXml noted = placed.call().press(dignity, "0");

        assertThat(noted.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.callback-noted"));
        assertThat(noted.count("/Response/Hangup")).isEqualTo(1);
        List<OpenedCase> opened = cases.ofCall(placed.call().sid());
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).signals()).isEqualTo("CALLBACK_REQUESTED");
        assertThat(opened.get(0).channel()).isEqualTo(CaseChannel.IVR);
        assertThat(opened.get(0).survivorId()).isEqualTo(placed.survivor());
        assertThat(opened.get(0).providerId()).isEqualTo(fixtures.providerId(provider));
        assertThat(opened.get(0).districtId()).isEqualTo(district);
        assertThat(opened.get(0).phone()).isNull();
        assertThat(records.ratingOf(placed.encounter()).orElseThrow().answers())
                .as("the answer given is kept, as a goodbye keeps it")
                .isEqualTo(new Answers(2, null, null, null, null));
        placed.call().press(dignity, "0");
        placed.call().status("completed");
        assertThat(cases.ofSurvivor(placed.survivor())).as("the replay opened nothing").hasSize(1);
    }

    @Test
    void anOutboundCallWithoutACallRequestIsHungUpOn() {
        TwilioCall stranger =
                TwilioCall.placed("CA" + SmsRecords.messageSid().substring(2), "+919000000000");

        TwimlXml answer = stranger.answer();

        assertThat(answer.count("/Response/Hangup")).isEqualTo(1);
        assertThat(answer.count("/Response/Gather")).isZero();
    }

    @Test
    void neitherPhoneNorPinReachesTheLogs() {
        // a number of its own: the call ends at the money question, and nothing is pressed 9
        String phone = "+919876543202";
        try (CapturedLog log = CapturedLog.install()) {
            Placed placed = place("en", phone);
            TwimlXml next = placed.call().press(placed.call().answer(), "1111");
            next = placed.call().press(next, PIN);
            for (String answer : new String[] {"3", "3", "3", "3", "3", "2"}) {
                next = placed.call().press(next, answer);
            }
            placed.call().status("completed");
            assertThat(records.ratingCount(placed.encounter())).isEqualTo(1);

            assertThat(log.size()).isPositive();
            assertThat(log.text()).doesNotContain("9876543202");
            Pattern pins = Pattern.compile("(?<![0-9A-Fa-f])(" + PIN + "|1111)(?![0-9A-Fa-f])");
            assertThat(pins.matcher(log.text()).find()).as("a PIN in the log").isFalse();
        }
    }

    private record Placed(long survivor, long encounter, String phone, TwilioCall call) {}

    private Placed place(String language) {
        return place(language, SmsRecords.phone());
    }

    /**
     * Enrols her for calls only, logs an encounter and lets the dispatcher place the call at the
     * next noon in Kolkata, inside her safe hours.
     */
    private Placed place(String language, String phone) {
        long survivor = ConversationRecords.enrol(worker, district, phone, language, false, PIN);
        long encounter = Staff.encounter(worker, survivor, provider);
        assertThat(outreach.stateOf(encounter).channel()).isEqualTo(InvitationChannel.IVR_CALL);
        Instant t0 = OutreachFixtures.noonIn(1);
        dispatcher.dispatchDue(t0);
        assertThat(FakeTwilio.to(phone)).hasSize(1);
        String callSid = outreach.outboxOf(encounter).get(0).providerMessageId();
        assertThat(callSid).startsWith("CA");
        return new Placed(survivor, encounter, phone, TwilioCall.placed(callSid, phone));
    }
}
