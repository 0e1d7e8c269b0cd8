package org.survivorvoice.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

@QuarkusTest
class EncounterResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void logsEncounterAndUpdatesOutcome() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Haroa Police Station");
        long survivor = Staff.enrol(worker, district.id, "9830022221");

        Number id =
                as(worker)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "survivorId",
                                        survivor,
                                        "providerCode",
                                        code,
                                        "serviceType",
                                        "FIR",
                                        "date",
                                        LocalDate.now().minusDays(1).toString(),
                                        "outcome",
                                        "PENDING"))
                        .post("/api/v1/encounters")
                        .then()
                        .statusCode(201)
                        .header("Location", notNullValue())
                        .body("id", notNullValue())
                        .body("providerCode", equalTo(code))
                        // she consented to SMS and web links: invited by an SMS with a link, now
                        // or at the start of her safe hours
                        .body("invitation.channel", equalTo("SMS_LINK"))
                        .body("invitation.status", oneOf("QUEUED", "WAITING"))
                        .extract()
                        .path("id");

        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECEIVED"))
                .patch("/api/v1/encounters/" + id)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("RECEIVED"))
                .body("invitation.channel", equalTo("SMS_LINK"))
                .body("invitation.status", oneOf("QUEUED", "WAITING"));
        as(worker)
                .get("/api/v1/encounters/" + id)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("RECEIVED"));
        assertThat(fixtures.auditActions("encounter", id)).contains("CREATE", "OUTCOME", "READ");
    }

    @Test
    void refusesUnknownServiceTypeFutureDateAndBadOutcome() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String code = fixtures.provider(district.id, "HOSPITAL", "Canning Hospital");
        long survivor = Staff.enrol(worker, district.id, "9830022222");

        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "survivorId",
                                survivor,
                                "providerCode",
                                code,
                                "serviceType",
                                "PIZZA",
                                "date",
                                LocalDate.now().toString(),
                                "outcome",
                                "PENDING"))
                .post("/api/v1/encounters")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("serviceType"));
        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "survivorId",
                                survivor,
                                "providerCode",
                                code,
                                "serviceType",
                                "FIR",
                                "date",
                                LocalDate.now().plusDays(3).toString(),
                                "outcome",
                                "PENDING"))
                .post("/api/v1/encounters")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("date"));
        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "survivorId",
                                survivor,
                                "providerCode",
                                code,
                                "serviceType",
                                "FIR",
                                "date",
                                LocalDate.now().toString(),
                                "outcome",
                                "MAYBE"))
                .post("/api/v1/encounters")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anotherDistrictsEncounterIsNotFound() {
        Area own = fixtures.district();
        Area other = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String ownWorker = fixtures.user(Roles.FIELDWORKER, own.id);
        String official = fixtures.user(Roles.OFFICIAL, own.id);
        String code = fixtures.provider(other.id, "LEGAL_AID", "DLSA Legal Aid Clinic");
        long survivor = Staff.enrol(admin, other.id, "9830022223");
        long encounter = Staff.encounter(admin, survivor, code);

        as(ownWorker).get("/api/v1/encounters/" + encounter).then().statusCode(404);
        as(ownWorker)
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "DENIED"))
                .patch("/api/v1/encounters/" + encounter)
                .then()
                .statusCode(404);
        as(official).get("/api/v1/encounters/" + encounter).then().statusCode(403);
        // a worker bound to her district cannot log an encounter with another district's provider
        long ownSurvivor = Staff.enrol(ownWorker, own.id, "9830022224");
        as(ownWorker)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "survivorId",
                                ownSurvivor,
                                "providerCode",
                                code,
                                "serviceType",
                                "FIR",
                                "date",
                                LocalDate.now().toString(),
                                "outcome",
                                "PENDING"))
                .post("/api/v1/encounters")
                .then()
                .statusCode(404);
    }
}
