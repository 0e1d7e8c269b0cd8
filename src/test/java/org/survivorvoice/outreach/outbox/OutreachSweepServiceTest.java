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
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.OutreachQueries;
import org.survivorvoice.outreach.ResponseRate;
import org.survivorvoice.outreach.invitation.ConversationService;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.invitation.InvitationTokenService;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/** One reminder after three days, expiry after fourteen, conversations and response rates. */
@QuarkusTest
class OutreachSweepServiceTest {

    private static final Pattern LINK = Pattern.compile("/r/([A-Za-z0-9_-]{24})");

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutreachSweepService sweep;
    @Inject InvitationTokenService tokens;
    @Inject ConversationService conversations;
    @Inject PhoneVault vault;
    @Inject OutreachQueries figures;

    private long district;
    private String provider;

    @BeforeEach
    void cleanGateway() {
        outreach.closeAllOpenInvitations();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "POLICE", "Minakhan Police Station");
    }

    @Test
    void oneReminderWithItsOwnLinkThenExpiry() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String phone = OutreachFixtures.phone();
        long encounter = invite(phone, Consent.ALL, t0);
        dispatcher.dispatchDue(t0);

        // the sweep covers every invitation in the database: count this test's messages only
        sweep.run(t0.plus(Duration.ofDays(2)));
        assertThat(outreach.outboxOf(encounter)).hasSize(1);
        sweep.run(t0.plus(Duration.ofDays(3)));
        assertThat(outreach.outboxOf(encounter)).hasSize(2);
        dispatcher.dispatchDue(t0.plus(Duration.ofDays(3)));
        sweep.run(t0.plus(Duration.ofDays(7)));
        assertThat(outreach.outboxOf(encounter)).hasSize(2);

        List<FakeTwilio.Received> sent = FakeTwilio.to(phone);
        assertThat(sent).hasSize(2);
        String first = token(sent.get(0));
        String reminder = token(sent.get(1));
        assertThat(reminder).isNotEqualTo(first);
        Instant day8 = t0.plus(Duration.ofDays(8));
        assertThat(tokens.lookup(first, day8)).isPresent();
        assertThat(tokens.lookup(reminder, day8)).isPresent();
        assertThat(outreach.outboxOf(encounter))
                .extracting(OutreachFixtures.OutboxRow::kind)
                .containsExactly(OutboxMessage.Kind.INVITATION, OutboxMessage.Kind.REMINDER);

        sweep.run(t0.plus(Duration.ofDays(14)));
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(outreach.stateOf(encounter).reason()).isEqualTo(InvitationReason.EXPIRED);
        assertThat(tokens.lookup(reminder, t0.plus(Duration.ofDays(13)))).isEmpty();
    }

    @Test
    void anAnsweredInvitationGetsNoReminderAndCountsInTheResponseRate() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String answeredPhone = OutreachFixtures.phone();
        long answered = invite(answeredPhone, Consent.SMS_ONLY, t0);
        long silent = invite(OutreachFixtures.phone(), Consent.SMS_ONLY, t0);
        dispatcher.dispatchDue(t0);
        byte[] index = vault.blindIndex(PhoneNumber.parse(answeredPhone).orElseThrow());
        var conversation = conversations.openFor(index, t0.plusSeconds(60)).orElseThrow();
        assertThat(conversation.encounterId()).isEqualTo(answered);
        assertThat(conversations.openFor(index, t0.plus(Duration.ofHours(49)))).isEmpty();

        outreach.rate(answered);
        sweep.run(t0.plus(Duration.ofDays(3)));

        assertThat(outreach.stateOf(answered).status()).isEqualTo(InvitationStatus.ANSWERED);
        assertThat(outreach.outboxOf(answered)).hasSize(1);
        assertThat(outreach.outboxOf(silent)).hasSize(2);
        Quarter quarter = Quarter.of(t0.atZone(OutreachFixtures.KOLKATA).toLocalDate());
        long providerId = fixtures.providerId(provider);
        List<ResponseRate> rates =
                figures.responseRates(quarter).stream()
                        .filter(r -> r.providerId() == providerId)
                        .toList();
        assertThat(rates)
                .containsExactly(
                        new ResponseRate(
                                providerId,
                                district,
                                "SMS_CONVERSATION",
                                quarter.toString(),
                                2,
                                1));
    }

    private long invite(String phone, Consent consent, Instant at) {
        long survivor = outreach.survivor(district, phone, consent);
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, at);
        return encounter;
    }

    private static String token(FakeTwilio.Received sms) {
        Matcher m = LINK.matcher(sms.form().get("Body"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
