package org.survivorvoice.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.retention.RetentionFixtures.RatingComment;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingRow;

/**
 * The retention purge (SAFETY.md D3), run at instants the test chooses: an enrolled survivor's
 * contact data stays, an exited survivor's stays until the retention time after her last open
 * invitation ends and is then gone from every table but the do-not-contact registry, and comments
 * go after their own time while the ratings stay.
 */
@QuarkusTest
class RetentionServiceTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject RetentionFixtures retention;
    @Inject RetentionService purge;
    @Inject DoNotContactService doNotContact;

    private long district;
    private String provider;
    private String admin;

    @BeforeEach
    void programme() {
        district = fixtures.district().id;
        provider = fixtures.provider(district, "HOSPITAL", "Minakhan Rural Hospital");
        admin = fixtures.user(Roles.ADMIN, null);
    }

    @Test
    void keepsAnEnrolledSurvivorsContactDataHoweverOld() {
        String phone = OutreachFixtures.phone();
        long survivor = outreach.survivor(district, phone, Consent.ALL);
        long invitation = invite(survivor, Instant.now().minus(Duration.ofDays(400)));
        retention.phoneTraces(phone, survivor, invitation, fixtures.providerId(provider));

        purge.purge(Instant.now().plus(Duration.ofDays(3650)));

        assertThat(retention.contactHeld(survivor)).containsExactly(true, true, true);
        assertThat(retention.tablesHolding(phone))
                .containsOnlyKeys(
                        "inbound_message",
                        "ivr_call",
                        "sms_conversation",
                        "sms_phone_language",
                        "survivor",
                        "rating.rater_key");
    }

    @Test
    void anExitedSurvivorsContactDataGoesOnlyAfterTheRetentionTimeEverywhereButDoNotContact() {
        String phone = OutreachFixtures.phone();
        long survivor = outreach.survivor(district, phone, Consent.ALL);
        Instant lastInvitationEnds = Instant.now().plus(Duration.ofDays(10));
        long invitation = invite(survivor, lastInvitationEnds);
        long rating =
                retention.phoneTraces(phone, survivor, invitation, fixtures.providerId(provider));
        doNotContact.add(retention.indexOf(phone), DoNotContactService.Source.SMS);
        as(admin).post("/api/v1/survivors/" + survivor + "/exit").then().statusCode(200);

        purge.purge(lastInvitationEnds.plus(Duration.ofDays(89)));

        assertThat(retention.contactHeld(survivor)).containsExactly(true, true, true);
        assertThat(retention.tablesHolding(phone)).containsKeys("survivor", "inbound_message");

        PurgeCounts counts = purge.purge(lastInvitationEnds.plus(Duration.ofDays(91)));

        assertThat(retention.contactHeld(survivor)).containsExactly(false, false, false);
        assertThat(retention.tablesHolding(phone))
                .as("the number's blind index is left only in the do-not-contact registry")
                .isEqualTo(Map.of("do_not_contact", 1L));
        assertThat(retention.raterKey(rating)).isEqualTo("R:" + rating);
        assertThat(counts.survivors()).isPositive();
        assertThat(counts.inboundMessages()).isPositive();
        assertThat(counts.ivrCalls()).isPositive();
        assertThat(counts.smsConversations()).isPositive();
        assertThat(counts.phoneLanguages()).isPositive();
        assertThat(counts.raterKeys()).isPositive();
        String audited = retention.latestAuditDetail("RETENTION_PURGE");
        assertThat(audited).isEqualTo(counts.detail());
        assertThat(audited)
                .doesNotContain(HexFormat.of().formatHex(retention.indexOf(phone)))
                .doesNotContain(phone.substring(3));
        as(admin)
                .get("/api/v1/survivors/" + survivor)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("EXITED"))
                .body("contactPurged", org.hamcrest.Matchers.equalTo(true));

        assertThat(purge.purge(lastInvitationEnds.plus(Duration.ofDays(91))))
                .as("a second run finds nothing more")
                .isEqualTo(PurgeCounts.NONE);
    }

    @Test
    void aSharedHandsetKeepsItsLogsWhileAnotherSurvivorStillHoldsTheNumber() {
        String phone = OutreachFixtures.phone();
        long leaving = outreach.survivor(district, phone, Consent.ALL);
        long staying = outreach.survivor(district, phone, Consent.ALL);
        long invitation = invite(leaving, Instant.now().minus(Duration.ofDays(1)));
        retention.phoneTraces(phone, leaving, invitation, fixtures.providerId(provider));
        as(admin).post("/api/v1/survivors/" + leaving + "/exit").then().statusCode(200);

        purge.purge(Instant.now().plus(Duration.ofDays(200)));

        assertThat(retention.contactHeld(leaving)).containsExactly(false, false, false);
        assertThat(retention.contactHeld(staying)).containsExactly(true, true, true);
        assertThat(retention.tablesHolding(phone))
                .containsKeys("survivor", "inbound_message", "sms_phone_language");
    }

    @Test
    void commentsGoAfterTheirTimeWhileTheRatingsStay() {
        long providerId = fixtures.providerId(provider);
        Quarter old = Quarter.parse("1952-Q1");
        Quarter recent = Quarter.parse("1952-Q3");
        List<Long> ids =
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        List.of(
                                                RatingRow.of(providerId)
                                                        .at(old, RatingRow.day(old, 3))
                                                        .overall(2)
                                                        .comment("Shri Mohan asked for money")
                                                        .persist()
                                                        .id,
                                                RatingRow.of(providerId)
                                                        .at(recent, RatingRow.day(recent, 3))
                                                        .overall(5)
                                                        .comment("They listened to me")
                                                        .persist()
                                                        .id));
        // 180 days after the recent rating's quarter began: the old comment is past its time
        Instant now = RatingRow.day(recent, 0).plus(Duration.ofDays(170));

        PurgeCounts counts = purge.purge(now);

        assertThat(counts.comments()).isPositive();
        assertThat(retention.ratingComment(ids.get(0))).isEqualTo(new RatingComment(2, null));
        assertThat(retention.ratingComment(ids.get(1)))
                .isEqualTo(new RatingComment(5, "They listened to me"));
    }

    private long invite(long survivor, Instant expiresAt) {
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, OutreachFixtures.noonIn(1));
        return retention.sendLatestInvitation(survivor, expiresAt);
    }
}
