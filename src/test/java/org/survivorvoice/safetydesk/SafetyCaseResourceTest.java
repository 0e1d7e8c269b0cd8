package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/**
 * The case API by role: officials (her own district's included) and funders are refused every
 * endpoint, a field worker of another district finds nothing, the district's field worker and an
 * admin read, move and reveal; every view and reveal is audited.
 */
@QuarkusTest
class SafetyCaseResourceTest {

    static final String COMMENT = "ওরা আমাকে হুমকি দিয়েছে, টাকা চেয়েছে";

    @Inject Fixtures fixtures;
    @Inject CaseFixtures cases;

    /** A case opened by an assisted rating with money asked, in a district of its own. */
    record OpenedCase(long id, Area district, String worker, String phone) {}

    OpenedCase openCase() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Hingalganj Police Station");
        String phone = "98" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        long survivor = Staff.enrol(worker, district.id, phone);
        long encounter = Staff.encounter(worker, survivor, code);
        long rating =
                Staff.rateAssisted(
                                worker,
                                RatingEntry.ofEncounter(encounter, "bn")
                                        .answers(Map.of("overall", 2))
                                        .moneyAsked(true)
                                        .comment(COMMENT))
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        return new OpenedCase(cases.caseOfRating(rating), district, worker, phone);
    }

    @Test
    void officialsAndFundersAreRefusedEveryCaseEndpoint() {
        OpenedCase opened = openCase();
        String ownOfficial = fixtures.user(Roles.OFFICIAL, opened.district().id);
        String funder = fixtures.user(Roles.FUNDER, null);

        for (String user : List.of(ownOfficial, funder)) {
            as(user).get("/api/v1/cases").then().statusCode(403);
            as(user).get("/api/v1/cases/" + opened.id()).then().statusCode(403);
            as(user).contentType(ContentType.JSON)
                    .body(Map.of("status", "CONTACTED"))
                    .patch("/api/v1/cases/" + opened.id())
                    .then()
                    .statusCode(403);
            as(user).post("/api/v1/cases/" + opened.id() + "/reveal-contact")
                    .then()
                    .statusCode(403);
        }

        assertThat(cases.stored(opened.id()).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .containsExactly("SAFETY_CASE_OPENED");
    }

    @Test
    void aFieldWorkerOfAnotherDistrictFindsNothing() {
        OpenedCase opened = openCase();
        String stranger = fixtures.user(Roles.FIELDWORKER, fixtures.district().id);

        assertThat(ids(as(stranger).get("/api/v1/cases?size=500"))).doesNotContain(opened.id());
        as(stranger).get("/api/v1/cases/" + opened.id()).then().statusCode(404);
        as(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CONTACTED"))
                .patch("/api/v1/cases/" + opened.id())
                .then()
                .statusCode(404);
        as(stranger)
                .post("/api/v1/cases/" + opened.id() + "/reveal-contact")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        assertThat(cases.stored(opened.id()).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .containsExactly("SAFETY_CASE_OPENED");
    }

    @Test
    void theDistrictsFieldWorkerListsReadsAndMovesTheCaseToClosed() {
        OpenedCase opened = openCase();
        String worker = opened.worker();

        JsonPath list =
                as(worker)
                        .get("/api/v1/cases?status=OPEN")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(list.getList("items.id", Long.class)).containsExactly(opened.id());
        assertThat(list.getBoolean("items[0].overdue")).isFalse();
        assertThat(list.getBoolean("items[0].escalated")).isFalse();
        assertThat(list.getList("items[0].signals", String.class))
                .containsExactly("MONEY_ASKED", "DANGER_WORDS");
        assertThat(list.getLong("total")).isEqualTo(1);

        Response detail = as(worker).get("/api/v1/cases/" + opened.id());
        detail.then().statusCode(200).header("Cache-Control", "no-store");
        assertThat(detail.jsonPath().getString("openingText")).isEqualTo(COMMENT);
        assertThat(detail.jsonPath().getBoolean("consent.callsAllowed")).isTrue();

        assertThat(patch(worker, opened.id(), Map.of("status", "CONTACTED")).statusCode())
                .isEqualTo(200);
        assertThat(patch(worker, opened.id(), Map.of("status", "OPEN")).statusCode())
                .isEqualTo(422);
        assertThat(patch(worker, opened.id(), Map.of("status", "CONTACTED")).statusCode())
                .isEqualTo(422);
        assertThat(patch(worker, opened.id(), Map.of("status", "CLOSED")).statusCode())
                .isEqualTo(400);
        assertThat(patch(worker, opened.id(), Map.of("status", "LOST")).statusCode())
                .isEqualTo(400);
        assertThat(
                        patch(worker, opened.id(), Map.of("status", "CLOSED", "outcome", "GONE"))
                                .statusCode())
                .isEqualTo(400);
        assertThat(patch(worker, opened.id(), Map.of()).statusCode()).isEqualTo(400);
        as(worker).get("/api/v1/cases?status=SHUT").then().statusCode(400);
        as(worker).get("/api/v1/cases?overdue=maybe").then().statusCode(400);

        Response closed =
                patch(
                        worker,
                        opened.id(),
                        Map.of(
                                "status", "CLOSED",
                                "outcome", "REFERRED_LEGAL_AID",
                                "note", "Legal aid clinic booked for Monday"));
        closed.then().statusCode(200).header("Cache-Control", "no-store");
        assertThat(closed.jsonPath().getString("summary.status")).isEqualTo("CLOSED");
        assertThat(closed.jsonPath().getString("summary.outcome")).isEqualTo("REFERRED_LEGAL_AID");
        assertThat(closed.jsonPath().getList("notes.text", String.class))
                .containsExactly("Legal aid clinic booked for Monday");
        assertThat(
                        patch(
                                        worker,
                                        opened.id(),
                                        Map.of("status", "CLOSED", "outcome", "DECLINED"))
                                .statusCode())
                .isEqualTo(422);
        assertThat(ids(as(worker).get("/api/v1/cases?status=CLOSED"))).containsExactly(opened.id());
        assertThat(ids(as(worker).get("/api/v1/cases?status=OPEN"))).isEmpty();
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .containsExactly(
                        "SAFETY_CASE_OPENED",
                        "SAFETY_CASE_VIEWED",
                        "SAFETY_CASE_UPDATED",
                        "SAFETY_CASE_UPDATED");
    }

    @Test
    void everyViewAndRevealIsAuditedAndThePhoneIsOnlyInTheRevealAnswer() {
        OpenedCase opened = openCase();
        String admin = fixtures.user(Roles.ADMIN, null);
        String digits = opened.phone();

        try (var log = org.survivorvoice.testing.CapturedLog.install()) {
            List<String> answers =
                    List.of(
                            as(admin).get("/api/v1/cases?size=500").asString(),
                            as(opened.worker()).get("/api/v1/cases").asString(),
                            as(admin).get("/api/v1/cases/" + opened.id()).asString(),
                            as(opened.worker()).get("/api/v1/cases/" + opened.id()).asString(),
                            patch(opened.worker(), opened.id(), Map.of("note", "Rang twice"))
                                    .asString());
            Response revealed =
                    as(opened.worker()).post("/api/v1/cases/" + opened.id() + "/reveal-contact");
            revealed.then().statusCode(200).header("Cache-Control", "no-store");
            as(admin)
                    .post("/api/v1/cases/" + opened.id() + "/reveal-contact")
                    .then()
                    .statusCode(200);

            assertThat(revealed.jsonPath().getString("phone")).isEqualTo("+91" + digits);
            assertThat(revealed.jsonPath().getBoolean("consent.callsAllowed")).isTrue();
            assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(digits));
            assertThat(answers.get(0)).contains("\"id\":" + opened.id());
            assertThat(log.text()).doesNotContain(digits).doesNotContain(COMMENT);
        }
        List<String> audit = cases.auditRows(opened.id());
        assertThat(audit).allSatisfy(row -> assertThat(row).doesNotContain(digits));
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .containsExactly(
                        "SAFETY_CASE_OPENED",
                        "SAFETY_CASE_VIEWED",
                        "SAFETY_CASE_VIEWED",
                        "SAFETY_CASE_UPDATED",
                        "SAFETY_CASE_CONTACT_REVEALED",
                        "SAFETY_CASE_CONTACT_REVEALED");
        assertThat(audit.get(1)).startsWith(admin + " ");
        assertThat(audit.get(2)).startsWith(opened.worker() + " ");
    }

    @Test
    void revealingACaseWithoutANumberIsRefusedAndAudited() {
        OpenedCase opened = openCase();
        Long unknown = cases.message(null, "HELP ME", null);
        String admin = fixtures.user(Roles.ADMIN, null);

        as(admin).post("/api/v1/cases/" + unknown + "/reveal-contact").then().statusCode(422);
        as(opened.worker()).get("/api/v1/cases/" + unknown).then().statusCode(404);
        assertThat(fixtures.auditActions("safety_case", unknown))
                .containsExactly("SAFETY_CASE_OPENED");
    }

    private static Response patch(String user, long id, Map<String, ?> body) {
        return as(user).contentType(ContentType.JSON).body(body).patch("/api/v1/cases/" + id);
    }

    private static List<Long> ids(Response list) {
        return list.then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
