package org.survivorvoice.survivor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * {@code POST /api/v1/survivors/{id}/exit}: workers of her district mark her as having left the
 * programme, once (SAFETY.md D3, A1); her pending outreach stops at once.
 */
@QuarkusTest
class SurvivorExitTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;

    @Test
    void marksHerExitedOnceAndAuditsIt() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long id = Staff.enrol(worker, fixtures.block(district.id).id, "98300 22222");

        String exitedAt =
                as(worker)
                        .post("/api/v1/survivors/" + id + "/exit")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("EXITED"))
                        .body("exitedAt", notNullValue())
                        .body("contactPurged", equalTo(false))
                        .extract()
                        .path("exitedAt");
        String again =
                as(worker)
                        .post("/api/v1/survivors/" + id + "/exit")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("EXITED"))
                        .extract()
                        .path("exitedAt");

        assertThat(again).isEqualTo(exitedAt);
        assertThat(fixtures.auditActions("survivor", id))
                .as("the second exit changes nothing and records nothing")
                .containsExactly("ENROL", "EXIT");
    }

    @Test
    void fundersAndOfficialsAreRefusedAndOtherDistrictsSeeNoSurvivor() {
        Area district = fixtures.district();
        Area elsewhere = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long id = Staff.enrol(worker, district.id, "98300 33333");

        as(fixtures.user(Roles.FUNDER, null))
                .post("/api/v1/survivors/" + id + "/exit")
                .then()
                .statusCode(403);
        as(fixtures.user(Roles.OFFICIAL, district.id))
                .post("/api/v1/survivors/" + id + "/exit")
                .then()
                .statusCode(403);
        as(fixtures.user(Roles.FIELDWORKER, elsewhere.id))
                .post("/api/v1/survivors/" + id + "/exit")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        as(worker).get("/api/v1/survivors/" + id).then().body("status", equalTo("ENROLLED"));
        assertThat(fixtures.auditActions("survivor", id)).doesNotContain("EXIT");
    }

    @Test
    void exitStopsHerPendingOutreach() {
        long district = fixtures.district().id;
        String code = fixtures.provider(district, "POLICE", "Basirhat Police Station");
        long survivor = outreach.survivor(district, OutreachFixtures.phone(), Consent.ALL);
        long encounter = outreach.encounter(survivor, code);
        outreach.invite(encounter, Occasion.LOGGED, OutreachFixtures.noonIn(1));
        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.QUEUED);

        as(fixtures.user(Roles.ADMIN, null))
                .post("/api/v1/survivors/" + survivor + "/exit")
                .then()
                .statusCode(200);

        assertThat(outreach.stateOf(encounter).status()).isEqualTo(InvitationStatus.CANCELLED);
        assertThat(outreach.stateOf(encounter).reason()).isEqualTo(InvitationReason.NOT_ENROLLED);
        assertThat(outreach.outboxOf(encounter))
                .allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxStatus.CANCELLED));
    }
}
