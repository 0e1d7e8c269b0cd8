package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.followup.FollowUpPurpose;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * A message that is not an invitation goes through the outbox with the same machinery, through an
 * {@link OutboxPurpose} ({@link RecordingPurpose} in place of the follow-ups' purpose, its gates
 * the real {@code ContactGate}): one row per idempotency key, retries with back-off reaching Twilio
 * (the real SDK against the fake) once, the look-up before a retry after a lost answer,
 * forward-only status callbacks, the gates re-checked at send time (wait for safe hours, stop on
 * do-not-contact, hold when unreadable), failures told to the purpose, cancellation by subject, and
 * the admins' list.
 */
@QuarkusTest
class OutboxPurposeTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutboxService outbox;
    @Inject DoNotContactService doNotContact;

    private RecordingPurpose purpose;

    private long district;

    @BeforeEach
    void clean() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        purpose = new RecordingPurpose(doNotContact);
        QuarkusMock.installMockForType(purpose, FollowUpPurpose.class);
    }

    @Test
    void aPurposeMessageReachesTwilioOnceAcrossRetriesAndALostAnswer() {
        // in the past, so that the lost answer's look-up (which Twilio answers by its own clock)
        // covers the accepted message; her safe window holds every run
        Instant t0 = Instant.now().minus(Duration.ofMinutes(10));
        LocalTime local = LocalTime.now(OutreachFixtures.KOLKATA);
        String phone = OutreachFixtures.phone();
        long subject =
                outreach.survivor(
                        district,
                        phone,
                        Consent.SMS_ONLY,
                        local.minusHours(1),
                        local.minusHours(2));
        long id = enqueue(subject, t0);
        assertThat(enqueue(subject, t0)).as("same key, same row").isEqualTo(id);
        FakeTwilio.script("429", "accept-hang");

        DispatchRun first = dispatcher.dispatchDue(t0);
        DispatchRun second = dispatcher.dispatchDue(t0.plus(Duration.ofMinutes(5)));
        DispatchRun third = dispatcher.dispatchDue(t0.plus(Duration.ofHours(1)));
        DispatchRun fourth = dispatcher.dispatchDue(t0.plus(Duration.ofHours(3)));

        assertThat(first.retrying()).isEqualTo(1);
        assertThat(second.retrying()).isEqualTo(1);
        assertThat(third.sent()).isEqualTo(1);
        assertThat(fourth.sent()).isZero();
        List<FakeTwilio.Received> got = FakeTwilio.to(phone);
        assertThat(got).hasSize(2);
        assertThat(got.get(1).form().get("Body")).isEqualTo("Test purpose message hi");
        assertThat(got.get(1).form().get("StatusCallback")).endsWith("/twilio/sms/status");
        assertThat(FakeTwilio.lookups()).isGreaterThanOrEqualTo(1);
        OutboxMessage row = row(id);
        assertThat(row.status).isEqualTo(OutboxStatus.SENT);
        assertThat(row.attempts).isEqualTo(3);
        assertThat(row.preview).isEqualTo("Test purpose message hi");
        assertThat(purpose.of(subject))
                .containsExactly(
                        "compose:follow-up.test",
                        "compose:follow-up.test",
                        "compose:follow-up.test",
                        "accepted:" + row.providerMessageId);

        Instant later = t0.plus(Duration.ofHours(4));
        assertThat(outbox.applyStatus(row.providerMessageId, OutboxStatus.DELIVERED, later))
                .isTrue();
        assertThat(outbox.applyStatus(row.providerMessageId, OutboxStatus.SENT, later)).isFalse();
        assertThat(row(id).status).isEqualTo(OutboxStatus.DELIVERED);

        String admin = fixtures.user(Roles.ADMIN, null);
        JsonPath listing =
                as(admin)
                        .get("/api/v1/outbox?status=DELIVERED&size=500")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        Map<String, Object> item =
                listing.<Map<String, Object>>getList("items").stream()
                        .filter(i -> ((Number) i.get("id")).longValue() == id)
                        .findFirst()
                        .orElseThrow();
        assertThat(item.get("invitationId")).isNull();
        assertThat(((Number) item.get("subjectId")).longValue()).isEqualTo(subject);
        assertThat(item.get("kind")).isEqualTo("FOLLOW_UP");
        assertThat(listing.prettify()).doesNotContain(phone.substring(3));
    }

    @Test
    void theGatesAreReadAgainAtSendTime() {
        Instant t0 = OutreachFixtures.noonIn(2);
        String eveningPhone = OutreachFixtures.phone();
        long evening =
                outreach.survivor(
                        district,
                        eveningPhone,
                        Consent.SMS_ONLY,
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0));
        String blockedPhone = OutreachFixtures.phone();
        long blocked = outreach.survivor(district, blockedPhone, Consent.SMS_ONLY);
        long unreadable = outreach.survivor(district, OutreachFixtures.phone(), Consent.SMS_ONLY);
        purpose.markUnreadable(unreadable);
        long eveningId = enqueue(evening, t0);
        long blockedId = enqueue(blocked, t0);
        long unreadableId = enqueue(unreadable, t0);
        outreach.doNotContactSilently(blockedPhone);

        DispatchRun run = dispatcher.dispatchDue(t0);

        assertThat(run.sent()).isZero();
        assertThat(run.deferred()).isEqualTo(2);
        assertThat(run.held()).isEqualTo(1);
        assertThat(FakeTwilio.received()).isEmpty();
        Instant sixPm = t0.plus(Duration.ofHours(6));
        assertThat(row(eveningId).status).isEqualTo(OutboxStatus.QUEUED);
        assertThat(row(eveningId).nextAttemptAt).isEqualTo(sixPm);
        assertThat(purpose.of(evening)).containsExactly("waiting:OUTSIDE_SAFE_HOURS");
        assertThat(row(blockedId).status).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(row(blockedId).lastError).isEqualTo("DO_NOT_CONTACT");
        assertThat(purpose.of(blocked)).containsExactly("stopped:DO_NOT_CONTACT");
        assertThat(row(unreadableId).status).isEqualTo(OutboxStatus.QUEUED);
        assertThat(row(unreadableId).lastError).isEqualTo("CONTACT_DATA_UNREADABLE");

        dispatcher.dispatchDue(sixPm);
        assertThat(FakeTwilio.to(eveningPhone)).hasSize(1);
        assertThat(purpose.of(evening)).last().asString().startsWith("accepted:SM");
    }

    @Test
    void aRefusalIsToldToThePurposeAndCancellingBySubjectStopsTheRest() {
        Instant t0 = OutreachFixtures.noonIn(3);
        long refused = outreach.survivor(district, OutreachFixtures.phone(), Consent.SMS_ONLY);
        long cancelled = outreach.survivor(district, OutreachFixtures.phone(), Consent.SMS_ONLY);
        long refusedId = enqueue(refused, t0);
        long cancelledId = enqueue(cancelled, t0);
        int n =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        outbox.cancelQueued(
                                                OutboxMessage.Kind.FOLLOW_UP, cancelled, t0));
        assertThat(n).isEqualTo(1);
        FakeTwilio.script("400");

        DispatchRun run = dispatcher.dispatchDue(t0);

        assertThat(run.failed()).isEqualTo(1);
        assertThat(row(refusedId).status).isEqualTo(OutboxStatus.FAILED);
        assertThat(purpose.of(refused))
                .containsExactly("compose:follow-up.test", "failed:HTTP_400");
        assertThat(row(cancelledId).status).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(purpose.of(cancelled)).isEmpty();
    }

    private long enqueue(long subject, Instant at) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                outbox.enqueue(
                                                new NewOutboxMessage(
                                                        OutboxMessage.Kind.FOLLOW_UP,
                                                        subject,
                                                        subject,
                                                        OutboxMessage.Channel.SMS,
                                                        "follow-up.test",
                                                        "hi",
                                                        1),
                                                at)
                                        .id);
    }

    private static OutboxMessage row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(id));
    }
}
