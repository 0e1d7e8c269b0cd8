package org.survivorvoice.outreach.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.OutreachFixtures.OutboxRow;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * A rating of the encounter, through whichever channel, answers its invitation: the rating's write
 * path announces it and outreach closes the invitation at once; a rated encounter is never invited
 * again.
 */
@QuarkusTest
class AnsweredInvitationTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;

    private long district;
    private String provider;
    private String admin;

    @BeforeEach
    void programme() {
        district = fixtures.district().id;
        provider = fixtures.provider(district, "POLICE", "Sandeshkhali Police Station");
        admin = fixtures.user(Roles.ADMIN, null);
    }

    @Test
    void anAssistedRatingAnswersTheQueuedInvitationAndCancelsItsMessage() {
        long survivor = outreach.survivor(district, OutreachFixtures.phone(), Consent.SMS_ONLY);
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, OutreachFixtures.noonIn(1));
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.QUEUED);

        rateAssisted(encounter);

        InvitationState state = outreach.stateOf(encounter);
        assertThat(state.status()).isEqualTo(InvitationStatus.ANSWERED);
        assertThat(state.reason()).isNull();
        assertThat(outreach.outboxOf(encounter))
                .extracting(OutboxRow::status)
                .containsExactly(OutboxStatus.CANCELLED);
    }

    @Test
    void anEncounterRatedAfterItsInvitationEndedIsNotInvitedForANewOutcome() {
        long survivor = outreach.survivor(district, OutreachFixtures.phone(), Consent.SMS_ONLY);
        long encounter = outreach.encounter(survivor, provider);
        outreach.invite(encounter, Occasion.LOGGED, OutreachFixtures.noonIn(1));
        outreach.expireInvitationsOf(encounter);
        rateAssisted(encounter);

        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECEIVED"))
                .patch("/api/v1/encounters/" + encounter)
                .then()
                .statusCode(200)
                .body("invitation.status", equalTo("EXPIRED"));
        assertThat(outreach.outboxOf(encounter)).hasSize(1);
    }

    private void rateAssisted(long encounter) {
        Staff.rateAssisted(admin, encounter, "hi", 4)
                .statusCode(201)
                .body("verified", equalTo(true));
    }
}
