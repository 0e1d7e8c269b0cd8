package org.survivorvoice.survivor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;
import org.survivorvoice.testing.Staff;

@QuarkusTest
class SurvivorResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void enrolsAndNeverReturnsThePhone() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);

        long id = Staff.enrol(worker, fixtures.block(district.id).id, "98300 11111");

        String body =
                as(worker)
                        .get("/api/v1/survivors/" + id)
                        .then()
                        .statusCode(200)
                        .body("consent.reporting", equalTo(true))
                        .body("safeHours.from", equalTo("10:00:00"))
                        .body("hasIvrPin", equalTo(true))
                        .body("districtId", equalTo(district.id.intValue()))
                        .extract()
                        .asString();
        assertThat(body).doesNotContain("9830011111").doesNotContain("4821");
        String hash = fixtures.pinHash(id);
        assertThat(hash).startsWith("$2");
        assertThat(BcryptUtil.matches("4821", hash)).isTrue();
    }

    @Test
    void readOfSurvivorDataIsAudited() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        long id = Staff.enrol(worker, district.id, "9830011112");

        as(worker).get("/api/v1/survivors/" + id).then().statusCode(200);

        assertThat(auditActions(id)).contains("ENROL", "READ");
    }

    @Test
    void consentChangeKeepsUnnamedFieldsAndIsAudited() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        long id = Staff.enrol(worker, district.id, "9830011113");

        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of("reporting", false))
                .patch("/api/v1/survivors/" + id + "/consent")
                .then()
                .statusCode(200)
                .body("consent.reporting", equalTo(false))
                .body("consent.sms", equalTo(true));
        assertThat(auditActions(id)).contains("CONSENT");
    }

    @Test
    void emptyConsentChangeIsRefused() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        long id = Staff.enrol(worker, district.id, "9830011114");

        as(worker)
                .contentType(ContentType.JSON)
                .body("{}")
                .patch("/api/v1/survivors/" + id + "/consent")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void invalidPhoneAndMissingPinAreListedByField() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);

        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "phone",
                                "12345",
                                "language",
                                "bn",
                                "areaId",
                                district.id,
                                "consent",
                                Map.of(
                                        "sms",
                                        true,
                                        "ivr",
                                        false,
                                        "webLink",
                                        true,
                                        "reporting",
                                        true)))
                .post("/api/v1/survivors")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("phone"))
                .body("detail", equalTo("The request has invalid fields."));

        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "phone",
                                "9830011115",
                                "language",
                                "bn",
                                "areaId",
                                district.id,
                                "consent",
                                Map.of(
                                        "sms",
                                        true,
                                        "ivr",
                                        true,
                                        "webLink",
                                        true,
                                        "reporting",
                                        true)))
                .post("/api/v1/survivors")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("ivrPin"));
    }

    @Test
    void officialCannotEnrolOrReadSurvivors() {
        Area district = fixtures.district();
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        long id = Staff.enrol(worker, district.id, "9830011116");

        as(official).get("/api/v1/survivors/" + id).then().statusCode(403);
        as(official)
                .contentType(ContentType.JSON)
                .body(Map.of("sms", false))
                .patch("/api/v1/survivors/" + id + "/consent")
                .then()
                .statusCode(403);
    }

    @Test
    void districtBoundWorkerGets404ForAnotherDistrictsSurvivor() {
        Area own = fixtures.district();
        Area other = fixtures.district();
        String ownWorker = fixtures.user(Roles.FIELDWORKER, own.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        long id = Staff.enrol(admin, other.id, "9830011117");

        as(ownWorker).get("/api/v1/survivors/" + id).then().statusCode(404);
        as(ownWorker)
                .contentType(ContentType.JSON)
                .body(Map.of("sms", false))
                .patch("/api/v1/survivors/" + id + "/consent")
                .then()
                .statusCode(404);
        as(ownWorker).get("/api/v1/survivors/999999999").then().statusCode(404);
    }

    private java.util.List<String> auditActions(long survivorId) {
        return fixtures.auditActions("survivor", survivorId);
    }
}
