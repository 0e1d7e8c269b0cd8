package org.survivorvoice.outreach.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.outreach.template.OutreachTemplates;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * Survivors confirm the change by SMS: marking a response DONE follows up, through the outbox and
 * the fake Twilio (real SDK), only the survivors who rated its provider in the window and may be
 * contacted (no channel consent and do-not-contact skipped with the reason, outside her safe hours
 * waiting for her window, nothing for a survivor out of the window, not enrolled or no longer
 * consenting to her ratings being used); replies in Bengali and Telugu digits are kept, a replay or
 * a second DONE changes nothing, STOP stops what waits, and nothing personal reaches the logs.
 */
@QuarkusTest
class FollowUpSmsTest {

    private static final String PERIOD = "1945-Q2";

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject FollowUpFixtures followUps;
    @Inject FollowUpService service;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutreachTemplates templates;

    private final SurvivorMessages messages = new SurvivorMessages();
    private long district;
    private String provider;
    private static final String PROVIDER_NAME = "Hasnabad Rural Hospital Follow";

    @BeforeEach
    void clean() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "HOSPITAL", PROVIDER_NAME);
    }

    @Test
    void doneFollowsUpOnlyTheConsentingRatersAndKeepsTheirAnswers() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String bnPhone = OutreachFixtures.phone();
        String tePhone = OutreachFixtures.phone();
        String dncPhone = OutreachFixtures.phone();
        String eveningPhone = OutreachFixtures.phone();
        String callPhone = OutreachFixtures.phone();
        long bn = rater(bnPhone, Consent.SMS_ONLY, "1945-Q1");
        long te = rater(tePhone, Consent.SMS_ONLY, "1944-Q3");
        long silent =
                rater(OutreachFixtures.phone(), new Consent(false, false, false, true), PERIOD);
        long blocked = rater(dncPhone, Consent.SMS_ONLY, PERIOD);
        long evening =
                outreach.survivor(
                        district,
                        eveningPhone,
                        Consent.SMS_ONLY,
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0));
        followUps.rating(evening, provider, PERIOD);
        long caller = rater(callPhone, Consent.IVR_ONLY, PERIOD);
        long old = rater(OutreachFixtures.phone(), Consent.SMS_ONLY, "1944-Q2");
        long exited = rater(OutreachFixtures.phone(), Consent.SMS_ONLY, PERIOD);
        long withdrawn = rater(OutreachFixtures.phone(), Consent.SMS_ONLY, PERIOD);
        followUps.language(bn, "bn");
        followUps.language(te, "te");
        followUps.exited(exited);
        followUps.withdrawReporting(withdrawn);
        outreach.doNotContactSilently(dncPhone);
        long response = followUps.response(provider, PERIOD);

        try (CapturedLog log = CapturedLog.install()) {
            followUps.complete(response, t0);

            assertThat(followUps.of(response))
                    .extracting(FollowUpFixtures.FollowUpRow::survivorId)
                    .containsExactlyInAnyOrder(bn, te, silent, blocked, evening, caller)
                    .doesNotContain(old, exited, withdrawn);
            assertRow(response, bn, FollowUpChannel.SMS_CONVERSATION, FollowUpStatus.QUEUED, null);
            assertRow(response, te, FollowUpChannel.SMS_CONVERSATION, FollowUpStatus.QUEUED, null);
            assertRow(response, silent, null, FollowUpStatus.SKIPPED, InvitationReason.NO_CONSENT);
            assertRow(
                    response,
                    blocked,
                    FollowUpChannel.SMS_CONVERSATION,
                    FollowUpStatus.SKIPPED,
                    InvitationReason.DO_NOT_CONTACT);
            assertRow(
                    response,
                    evening,
                    FollowUpChannel.SMS_CONVERSATION,
                    FollowUpStatus.WAITING,
                    InvitationReason.OUTSIDE_SAFE_HOURS);
            assertThat(followUps.of(response, evening).notBefore())
                    .isEqualTo(t0.plus(Duration.ofHours(6)));
            assertRow(response, caller, FollowUpChannel.IVR_CALL, FollowUpStatus.QUEUED, null);

            dispatcher.dispatchDue(t0);

            assertThat(FakeTwilio.to(bnPhone))
                    .singleElement()
                    .satisfies(
                            m ->
                                    assertThat(m.form().get("Body"))
                                            .isEqualTo(
                                                    templates.render(
                                                            "follow-up.sms-conversation",
                                                            "bn",
                                                            null))
                                            .doesNotContain(PROVIDER_NAME));
            assertThat(FakeTwilio.to(tePhone).get(0).form().get("Body"))
                    .isEqualTo(templates.render("follow-up.sms-conversation", "te", null));
            assertThat(FakeTwilio.to(callPhone))
                    .singleElement()
                    .satisfies(c -> assertThat(c.resource()).isEqualTo("Calls"));
            assertThat(FakeTwilio.to(dncPhone)).isEmpty();
            assertThat(FakeTwilio.to(eveningPhone)).isEmpty();
            assertThat(followUps.of(response, bn).status()).isEqualTo(FollowUpStatus.SENT);

            // Bengali two: kept; a replay or another digit afterwards changes nothing
            assertThat(FollowUpFixtures.answerBySms(bnPhone, "২"))
                    .isEqualTo(messages.text(SurvivorLanguage.BN, "sms.thanks"));
            assertThat(FollowUpFixtures.answerBySms(bnPhone, "১"))
                    .isNotEqualTo(messages.text(SurvivorLanguage.BN, "sms.thanks"));
            assertThat(followUps.of(response, bn).answer()).isEqualTo(2);
            assertThat(followUps.of(response, bn).answeredAt()).isNotNull();
            // Telugu: a 5 is not an answer (the usual reply), then Telugu three is
            assertThat(FollowUpFixtures.answerBySms(tePhone, "5"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "sms.unknown"));
            assertThat(followUps.of(response, te).answer()).isNull();
            assertThat(FollowUpFixtures.answerBySms(tePhone, "౩"))
                    .isEqualTo(messages.text(SurvivorLanguage.TE, "sms.thanks"));
            assertThat(followUps.of(response, te).status()).isEqualTo(FollowUpStatus.ANSWERED);
            assertThat(followUps.of(response, te).answer()).isEqualTo(3);

            // a second DONE of the same response follows up nobody twice
            int again =
                    QuarkusTransaction.requiringNew()
                            .call(() -> service.followUp(response, providerId(), PERIOD, t0));
            assertThat(again).isZero();

            // STOP from the evening phone stops the follow-up that waits for her window
            FollowUpFixtures.answerBySms(eveningPhone, "STOP");
            assertRow(
                    response,
                    evening,
                    FollowUpChannel.SMS_CONVERSATION,
                    FollowUpStatus.CANCELLED,
                    InvitationReason.DO_NOT_CONTACT);
            dispatcher.dispatchDue(t0.plus(Duration.ofHours(6)));
            assertThat(FakeTwilio.to(eveningPhone)).isEmpty();

            String logs = log.text();
            for (String phone : List.of(bnPhone, tePhone, dncPhone, eveningPhone, callPhone)) {
                assertThat(logs).doesNotContain(phone).doesNotContain(phone.substring(3));
            }
            assertThat(logs)
                    .contains("Follow-up")
                    .doesNotContain(PROVIDER_NAME)
                    .doesNotContain("২")
                    .doesNotContain("౩");
        }
    }

    @Test
    void consentWithdrawnStopsAPendingFollowUpAndExpiryEndsTheRest() {
        Instant t0 = OutreachFixtures.noonIn(2);
        String phone = OutreachFixtures.phone();
        long waiting =
                outreach.survivor(
                        district,
                        phone,
                        Consent.SMS_ONLY,
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0));
        followUps.rating(waiting, provider, PERIOD);
        long sent = rater(OutreachFixtures.phone(), Consent.SMS_ONLY, PERIOD);
        long response = followUps.response(provider, PERIOD);
        followUps.complete(response, t0);
        dispatcher.dispatchDue(t0);
        assertThat(followUps.of(response, sent).status()).isEqualTo(FollowUpStatus.SENT);

        outreach.withdrawConsentSilently(waiting);
        dispatcher.dispatchDue(t0.plus(Duration.ofHours(6)));
        assertThat(FakeTwilio.to(phone)).isEmpty();
        assertThat(followUps.of(response, waiting).status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(followUps.of(response, waiting).reason()).isEqualTo(InvitationReason.NO_CONSENT);

        assertThat(service.expire(t0.plus(Duration.ofDays(15)))).isGreaterThanOrEqualTo(1);
        assertThat(followUps.of(response, sent).status()).isEqualTo(FollowUpStatus.EXPIRED);
        assertThat(followUps.of(response, sent).answer()).isNull();
    }

    private long rater(String phone, Consent consent, String period) {
        long survivor = outreach.survivor(district, phone, consent);
        followUps.rating(survivor, provider, period);
        return survivor;
    }

    private long providerId() {
        return fixtures.providerId(provider);
    }

    private void assertRow(
            long response,
            long survivor,
            FollowUpChannel channel,
            FollowUpStatus status,
            InvitationReason reason) {
        FollowUpFixtures.FollowUpRow row = followUps.of(response, survivor);
        assertThat(row.channel()).as("channel").isEqualTo(channel);
        assertThat(row.status()).as("status").isEqualTo(status);
        assertThat(row.reason()).as("reason").isEqualTo(reason);
    }
}
