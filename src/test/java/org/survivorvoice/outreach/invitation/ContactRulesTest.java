package org.survivorvoice.outreach.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.outbox.DispatchRun;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.TestDatabase;

/**
 * Nothing goes out without consent or to a number on do-not-contact, whether the change stops the
 * invitation at once (service events) or only the check at send time sees it; and nothing goes out
 * when consent or do-not-contact cannot be read (SAFETY F5).
 */
@QuarkusTest
class ContactRulesTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;

    private long district;
    private String provider;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "HOSPITAL", "Sandeshkhali Rural Hospital");
    }

    @Test
    void noCallOrMessageAfterConsentWithdrawnOrDoNotContact() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String admin = fixtures.user(Roles.ADMIN, null);
        String withdrawnPhone = OutreachFixtures.phone();
        String stoppedPhone = OutreachFixtures.phone();
        String silentlyWithdrawnPhone = OutreachFixtures.phone();
        String silentlyStoppedPhone = OutreachFixtures.phone();
        long withdrawnSurvivor = outreach.survivor(district, withdrawnPhone, Consent.IVR_ONLY);
        long withdrawn = invite(withdrawnSurvivor, t0);
        long stopped = invite(outreach.survivor(district, stoppedPhone, Consent.IVR_ONLY), t0);
        long silentSurvivor = outreach.survivor(district, silentlyWithdrawnPhone, Consent.ALL);
        long silentlyWithdrawn = invite(silentSurvivor, t0);
        long silentlyStopped =
                invite(outreach.survivor(district, silentlyStoppedPhone, Consent.ALL), t0);
        assertThat(outreach.stateOf(withdrawn).status()).isEqualTo(InvitationStatus.QUEUED);

        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("ivr", false))
                .patch("/api/v1/survivors/" + withdrawnSurvivor + "/consent")
                .then()
                .statusCode(200);
        outreach.doNotContact(stoppedPhone);
        // the same changes made behind the services' back: only the check at send time sees them
        outreach.withdrawConsentSilently(silentSurvivor);
        outreach.doNotContactSilently(silentlyStoppedPhone);
        DispatchRun run = dispatcher.dispatchDue(t0);

        assertThat(FakeTwilio.received()).isEmpty();
        assertThat(run.sent()).isZero();
        assertThat(outreach.stateOf(withdrawn))
                .isEqualTo(
                        new InvitationState(
                                InvitationChannel.IVR_CALL,
                                InvitationStatus.CANCELLED,
                                InvitationReason.NO_CONSENT));
        assertThat(outreach.stateOf(stopped).reason()).isEqualTo(InvitationReason.DO_NOT_CONTACT);
        assertThat(outreach.stateOf(silentlyWithdrawn).reason())
                .isEqualTo(InvitationReason.NO_CONSENT);
        assertThat(outreach.stateOf(silentlyStopped).reason())
                .isEqualTo(InvitationReason.DO_NOT_CONTACT);
        for (long encounter : new long[] {withdrawn, stopped, silentlyWithdrawn, silentlyStopped}) {
            assertThat(outreach.outboxOf(encounter).get(0).status())
                    .isEqualTo(OutboxStatus.CANCELLED);
        }
    }

    @Test
    void skipsWithTheReasonWhenThereIsNoConsentOrTheNumberIsBlocked() {
        Instant t0 = OutreachFixtures.noonIn(1);
        String blocked = OutreachFixtures.phone();
        outreach.doNotContact(blocked);
        long none =
                invite(
                        outreach.survivor(
                                district,
                                OutreachFixtures.phone(),
                                new Consent(true, true, true, false)),
                        t0);
        long stopped = invite(outreach.survivor(district, blocked, Consent.ALL), t0);

        assertThat(outreach.stateOf(none))
                .isEqualTo(
                        new InvitationState(
                                null, InvitationStatus.SKIPPED, InvitationReason.NO_CONSENT));
        assertThat(outreach.stateOf(stopped).status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(outreach.stateOf(stopped).reason()).isEqualTo(InvitationReason.DO_NOT_CONTACT);
        assertThat(outreach.outboxOf(none)).isEmpty();
        assertThat(outreach.outboxOf(stopped)).isEmpty();
    }

    /**
     * A realistic fault: the table the consent (survivor) or do-not-contact read needs is renamed
     * away in the live test database, so the read fails with the server's own error, exactly as a
     * lost table or broken connection would. Nothing may reach the gateway; once the table is back
     * the message goes out once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"do_not_contact", "survivor"})
    void databaseFaultDuringTheConsentReadSendsNothing(String table) throws SQLException {
        Instant t0 = OutreachFixtures.noonIn(1);
        String phone = OutreachFixtures.phone();
        long encounter = invite(outreach.survivor(district, phone, Consent.SMS_ONLY), t0);

        DispatchRun run;
        rename(table, table + "_offline");
        try {
            run = dispatcher.dispatchDue(t0);
        } finally {
            rename(table + "_offline", table);
        }

        assertThat(run.held()).isEqualTo(1);
        assertThat(run.sent()).isZero();
        assertThat(FakeTwilio.received()).isEmpty();
        var row = outreach.outboxOf(encounter).get(0);
        assertThat(row.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(row.attempts()).isZero();
        assertThat(row.lastError()).isEqualTo("CONTACT_DATA_UNREADABLE");

        dispatcher.dispatchDue(t0.plus(Duration.ofMinutes(6)));
        assertThat(FakeTwilio.to(phone)).hasSize(1);
    }

    private long invite(long survivor, Instant at) {
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, at);
        return encounter;
    }

    /** Takes a table away and back: a schema change, so with the migration account. */
    private void rename(String from, String to) throws SQLException {
        try (Connection c = TestDatabase.migrationConnection();
                Statement s = c.createStatement()) {
            s.execute("RENAME TABLE `" + from + "` TO `" + to + "`");
        }
    }
}
