package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.sms.ConversationRecords.Conversation;
import org.survivorvoice.feedback.intake.sms.ConversationRecords.EncounterRating;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.invitation.ConversationQuestion;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.invitation.SmsConversation;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.outreach.outbox.OutreachSweepService;
import org.survivorvoice.outreach.template.OutreachTemplates;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * Invitation conversations over SMS, end to end: a survivor who agreed to SMS but not to links is
 * enrolled and her encounter logged through the API, the dispatcher sends the invitation to the
 * fake Twilio inside her safe hours, and her replies come back as signed Twilio webhooks.
 */
@QuarkusTest
class InvitationConversationTest {

    /** A 1-5 answer written in each language's own digits, as phones in India send them. */
    private static final Map<String, String[]> DIGITS =
            Map.of(
                    "en", new String[] {"4", "5"},
                    "hi", new String[] {"४", "५"},
                    "bn", new String[] {"৪", "৫"},
                    "te", new String[] {"౪", "౫"});

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject ConversationRecords records;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutreachSweepService sweep;
    @Inject OutreachTemplates templates;

    private final SurvivorMessages messages = new SurvivorMessages();
    private long district;
    private String worker;
    private String provider;
    private Instant t0;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        worker = fixtures.user(Roles.FIELDWORKER, null);
        provider = fixtures.provider(district, "POLICE", "Haroa Police Station");
        // the next noon in Kolkata: inside her safe hours, after the encounter was logged
        t0 = OutreachFixtures.noonIn(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "bn", "te"})
    void aFullConversationInHerLanguageRatesTheEncounterOnce(String code) {
        SurvivorLanguage language = SurvivorLanguage.fromCode(code).orElseThrow();
        String phone = SmsRecords.phone();
        long encounter = invited(phone, code);

        List<FakeTwilio.Received> sent = FakeTwilio.to(phone);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).form().get("Body"))
                .isEqualTo(templates.render("invitation.sms-conversation", code, null));

        String[] digits = DIGITS.get(code);
        assertThat(send(phone, "Y"))
                .as("Y does not answer a 1-5 question")
                .isEqualTo(messages.text(language, "sms.conversation.scale-again"));
        assertThat(send(phone, digits[0]))
                .isEqualTo(messages.text(language, "sms.conversation.dignity"));
        assertThat(records.conversationOf(encounter).orElseThrow())
                .as("saved as it arrives")
                .isEqualTo(
                        new Conversation(
                                SmsConversation.State.OPEN,
                                ConversationQuestion.DIGNITY,
                                4,
                                null,
                                null,
                                null));
        assertThat(send(phone, digits[1]))
                .isEqualTo(messages.text(language, "sms.conversation.money"));
        assertThat(send(phone, "3"))
                .as("3 is neither yes nor no")
                .isEqualTo(messages.text(language, "sms.conversation.yes-no-again"));
        assertThat(records.ratingOf(encounter)).isEmpty();
        assertThat(send(phone, "n")).isEqualTo(messages.text(language, "sms.thanks"));

        EncounterRating rating = records.ratingOf(encounter).orElseThrow();
        assertThat(rating.channel()).isEqualTo("SMS");
        assertThat(rating.verified()).isTrue();
        assertThat(rating.language()).isEqualTo(code);
        assertThat(rating.answers()).isEqualTo(new Answers(4, 5, null, null, null));
        assertThat(rating.moneyAsked()).isFalse();
        Conversation closed = records.conversationOf(encounter).orElseThrow();
        assertThat(closed.state()).isEqualTo(SmsConversation.State.CLOSED);
        assertThat(closed.ratingId()).isEqualTo(rating.id());
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.ANSWERED);

        // the conversation is over: a further answer has no question waiting
        assertThat(send(phone, "5")).isEqualTo(messages.text(language, "sms.no-open-question"));
        assertThat(records.ratingCount(encounter)).isEqualTo(1);
    }

    @Test
    void expiryKeepsTheAnswersGiven() {
        String phone = SmsRecords.phone();
        long encounter = invited(phone, "en");
        assertThat(send(phone, "2"))
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.conversation.dignity"));

        sweep.run(t0.plus(Duration.ofHours(47)));
        assertThat(records.ratingOf(encounter)).as("still open at 47 hours").isEmpty();
        sweep.run(t0.plus(Duration.ofHours(48)));

        EncounterRating rating = records.ratingOf(encounter).orElseThrow();
        assertThat(rating.answers()).isEqualTo(new Answers(2, null, null, null, null));
        assertThat(rating.moneyAsked()).isNull();
        assertThat(rating.verified()).isTrue();
        assertThat(records.conversationOf(encounter).orElseThrow().state())
                .isEqualTo(SmsConversation.State.EXPIRED);
        // a second sweep stores nothing more
        sweep.run(t0.plus(Duration.ofHours(60)));
        assertThat(records.ratingCount(encounter)).isEqualTo(1);
    }

    @Test
    void anExpiredConversationWithoutAnswersStoresNothing() {
        String phone = SmsRecords.phone();
        long encounter = invited(phone, "hi");

        sweep.run(t0.plus(Duration.ofHours(49)));

        assertThat(records.conversationOf(encounter).orElseThrow().state())
                .isEqualTo(SmsConversation.State.EXPIRED);
        assertThat(records.ratingOf(encounter)).isEmpty();
    }

    @Test
    void stopEndsTheConversationKeepsItsAnswersAndRefusesLaterInvitations() {
        String phone = SmsRecords.phone();
        long survivor = ConversationRecords.enrol(worker, district, phone, "bn", true, null);
        long encounter = Staff.encounter(worker, survivor, provider);
        dispatcher.dispatchDue(t0);
        send(phone, "1");

        assertThat(send(phone, "STOP")).isEqualTo(messages.text(SurvivorLanguage.BN, "sms.stop"));

        assertThat(records.conversationOf(encounter).orElseThrow().state())
                .isEqualTo(SmsConversation.State.CLOSED);
        assertThat(records.ratingOf(encounter).orElseThrow().answers().overall()).isEqualTo(1);
        assertThat(send(phone, "4")).as("no reply after STOP").isNull();
        assertThat(records.ratingCount(encounter)).isEqualTo(1);

        long next = Staff.encounter(worker, survivor, provider);
        dispatcher.dispatchDue(t0.plus(Duration.ofHours(1)));
        assertThat(outreach.stateOf(next).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(outreach.stateOf(next).reason()).isEqualTo(InvitationReason.DO_NOT_CONTACT);
        assertThat(FakeTwilio.to(phone)).as("only the first invitation went out").hasSize(1);
    }

    @Test
    void aSecondRatingOfTheEncounterThroughAnotherChannelIsRefused() {
        String phone = SmsRecords.phone();
        long encounter = invited(phone, "te");
        send(phone, "5");
        send(phone, "5");
        send(phone, "Y");
        assertThat(records.ratingCount(encounter)).isEqualTo(1);

        Staff.rateAssisted(worker, encounter, "te", 1)
                .statusCode(422)
                .contentType("application/problem+json");
        assertThat(records.ratingCount(encounter)).isEqualTo(1);
    }

    @Test
    void aConversationWhoseEncounterWasRatedElsewhereEndsWithANeutralReply() {
        String phone = SmsRecords.phone();
        long encounter = invited(phone, "hi");
        send(phone, "3");
        // rated meanwhile through another channel, e.g. a field worker's assisted entry
        outreach.rate(encounter);

        assertThat(send(phone, "4"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "sms.conversation.already-rated"));

        assertThat(records.ratingCount(encounter)).isEqualTo(1);
        assertThat(records.ratingOf(encounter).orElseThrow().answers().overall())
                .as("the other channel's rating stands")
                .isEqualTo(4);
        assertThat(records.conversationOf(encounter).orElseThrow().state())
                .isEqualTo(SmsConversation.State.CLOSED);
    }

    @Test
    void neitherPhoneNorInvitationTextReachesTheLogs() {
        String phone = SmsRecords.phone();
        try (CapturedLog log = CapturedLog.install()) {
            long encounter = invited(phone, "en");
            send(phone, "4");
            send(phone, "2");
            send(phone, "Y");
            assertThat(records.ratingCount(encounter)).isEqualTo(1);

            assertThat(log.size()).isPositive();
            assertThat(log.text())
                    .doesNotContain(phone.substring(3))
                    .doesNotContain(messages.text(SurvivorLanguage.EN, "sms.conversation.money"))
                    .doesNotContain(templates.render("invitation.sms-conversation", "en", null));
        }
    }

    /** Enrols her with SMS consent only, logs an encounter and dispatches its invitation. */
    private long invited(String phone, String language) {
        long survivor = ConversationRecords.enrol(worker, district, phone, language, true, null);
        long encounter = Staff.encounter(worker, survivor, provider);
        assertThat(outreach.stateOf(encounter).channel())
                .isEqualTo(InvitationChannel.SMS_CONVERSATION);
        dispatcher.dispatchDue(t0);
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.SENT);
        return encounter;
    }

    /** Sends an SMS as Twilio delivers it; returns the reply, or null for none. */
    private static String send(String phone, String body) {
        var response =
                TwilioRequests.post(
                        "/twilio/sms", TwilioRequests.sms(SmsRecords.messageSid(), phone, body));
        assertThat(response.statusCode()).isEqualTo(200);
        return TwimlXml.parse(response.asString()).message();
    }
}
