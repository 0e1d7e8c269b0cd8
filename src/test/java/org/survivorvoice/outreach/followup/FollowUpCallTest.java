package org.survivorvoice.outreach.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.sms.ConversationRecords;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.TwilioCall;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * Follow-ups by call, walked through their TwiML as Twilio walks them: a survivor who agreed to
 * calls only (with a PIN) rated the provider, its response is marked done, the dispatcher places
 * the call at the fake Twilio (real SDK), and Twilio's webhooks for that CallSid follow: the PIN
 * first, then the one question in her language naming no provider, a key 1-3, thanks. A replayed
 * step changes nothing, two wrong PINs end the call neutrally, 9 is do-not-contact.
 */
@QuarkusTest
class FollowUpCallTest {

    private static final String PIN = "6081";
    private static final String PERIOD = "1946-Q1";
    private static final String PROVIDER_NAME = "Minakhan Legal Aid Follow";

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject FollowUpFixtures followUps;
    @Inject org.survivorvoice.outreach.outbox.OutboxDispatcher dispatcher;
    @Inject DoNotContactService doNotContact;
    @Inject PhoneVault vault;

    private final SurvivorMessages messages = new SurvivorMessages();
    private long district;
    private String worker;
    private String provider;

    @BeforeEach
    void clean() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        worker = fixtures.user(Roles.FIELDWORKER, null);
        provider = fixtures.provider(district, "LEGAL_AID", PROVIDER_NAME);
    }

    @Test
    void thePinThenTheQuestionThenOneKeyAnswersTheFollowUpOnce() {
        try (CapturedLog log = CapturedLog.install()) {
            Placed placed = place("te");

            TwimlXml greeting = placed.call().answer();
            assertThat(greeting.text("/Response/Gather/Say[1]"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.invitation-greeting"));
            assertThat(greeting.text("/Response/Gather/Say[2]"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.pin"));
            TwimlXml question = placed.call().press(greeting, PIN);
            assertThat(question.text("/Response/Gather/Say[1]"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.callback-offer"));
            assertThat(question.text("/Response/Gather/Say[2]"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.change"));
            assertThat(question.text("/Response/Gather/@numDigits")).isEqualTo("1");
            TwimlXml thanks = placed.call().press(question, "2");

            assertThat(thanks.text("/Response/Say"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "ivr.thanks"));
            assertThat(thanks.count("/Response/Hangup")).isEqualTo(1);
            for (TwimlXml step : new TwimlXml[] {greeting, question, thanks}) {
                assertThat(step.text("/Response")).doesNotContain(PROVIDER_NAME);
            }
            FollowUpFixtures.FollowUpRow row = followUps.of(placed.response(), placed.survivor());
            assertThat(row.status()).isEqualTo(FollowUpStatus.ANSWERED);
            assertThat(row.answer()).isEqualTo(2);
            Instant answeredAt = row.answeredAt();

            // the same keys replayed at the question, or another key there, change nothing
            placed.call().press(question, "2");
            placed.call().press(question, "3");
            row = followUps.of(placed.response(), placed.survivor());
            assertThat(row.answer()).isEqualTo(2);
            assertThat(row.answeredAt()).isEqualTo(answeredAt);
            assertThat(log.text())
                    .doesNotContain(placed.phone())
                    .doesNotContain(placed.phone().substring(3))
                    .doesNotContain(PROVIDER_NAME);
            Pattern pin = Pattern.compile("(?<![0-9A-Fa-f])" + PIN + "(?![0-9A-Fa-f])");
            assertThat(pin.matcher(log.text()).find()).as("the PIN in the log").isFalse();
        }
    }

    @Test
    void twoWrongPinsEndTheCallNeutrallyAndNineIsDoNotContact() {
        Placed wrong = place("hi");
        TwimlXml greeting = wrong.call().answer();
        TwimlXml again = wrong.call().press(greeting, "1234");
        TwimlXml end = wrong.call().press(again, "1234#");
        assertThat(end.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "ivr.pin-failed"));
        assertThat(followUps.of(wrong.response(), wrong.survivor()).answer()).isNull();
        assertThat(followUps.of(wrong.response(), wrong.survivor()).status())
                .isEqualTo(FollowUpStatus.SENT);

        Placed nine = place("bn");
        TwimlXml question = nine.call().press(nine.call().answer(), PIN);
        TwimlXml bye = nine.call().press(question, "9");
        assertThat(bye.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.opt-out"));
        assertThat(followUps.of(nine.response(), nine.survivor()).answer()).isNull();
        assertThat(
                        doNotContact.contains(
                                vault.blindIndex(PhoneNumber.parse(nine.phone()).orElseThrow())))
                .isTrue();
    }

    private record Placed(long survivor, long response, String phone, TwilioCall call) {}

    /**
     * Enrols her for calls only with a PIN, stores her rating of the provider, marks a response
     * done and lets the dispatcher place the follow-up call at the next noon in Kolkata.
     */
    private Placed place(String language) {
        String phone = SmsRecords.phone();
        long survivor = ConversationRecords.enrol(worker, district, phone, language, false, PIN);
        followUps.rating(survivor, provider, PERIOD);
        long response = followUps.response(provider, PERIOD);
        Instant t0 = OutreachFixtures.noonIn(1);
        followUps.complete(response, t0);
        FollowUpFixtures.FollowUpRow row = followUps.of(response, survivor);
        assertThat(row.channel()).isEqualTo(FollowUpChannel.IVR_CALL);
        dispatcher.dispatchDue(t0);
        assertThat(FakeTwilio.to(phone)).hasSize(1);
        String callSid = followUps.providerMessageId(row.id());
        assertThat(callSid).startsWith("CA");
        assertThat(followUps.of(response, survivor).status()).isEqualTo(FollowUpStatus.SENT);
        return new Placed(survivor, response, phone, TwilioCall.placed(callSid, phone));
    }
}
