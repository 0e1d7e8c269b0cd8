package org.survivorvoice.survivor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;
import org.survivorvoice.testing.StaffPageClient;

/**
 * Consent to the purpose {@code results} (the quarterly message with how her district's services
 * did): optional on enrolment (left out: no), changed alone by the consent PATCH, asked on the
 * enrolment page in her language and shown on her page.
 */
@QuarkusTest
class ResultsConsentTest {

    @Inject Fixtures fixtures;

    @Test
    void enrolmentTakesResultsConsentAndLeavingItOutMeansNo() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);

        long agreed = enrol(worker, district.id, "9830022201", true);
        long silent = enrol(worker, district.id, "9830022202", null);

        as(worker)
                .get("/api/v1/survivors/" + agreed)
                .then()
                .statusCode(200)
                .body("consent.results", equalTo(true));
        as(worker)
                .get("/api/v1/survivors/" + silent)
                .then()
                .statusCode(200)
                .body("consent.results", equalTo(false))
                .body("consent.reporting", equalTo(true));
    }

    @Test
    void consentToResultsChangesAloneAndRefusesAWrongType() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        long id = enrol(worker, district.id, "9830022203", null);

        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of("results", true))
                .patch("/api/v1/survivors/" + id + "/consent")
                .then()
                .statusCode(200)
                .body("consent.results", equalTo(true))
                .body("consent.sms", equalTo(true))
                .body("consent.reporting", equalTo(true));
        as(worker)
                .contentType(ContentType.JSON)
                .body("{\"results\": \"often\"}")
                .patch("/api/v1/survivors/" + id + "/consent")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(worker)
                .get("/api/v1/survivors/" + id)
                .then()
                .statusCode(200)
                .body("consent.results", equalTo(true));
    }

    @Test
    void theEnrolmentPageAsksInHerLanguageAndHerPageShowsIt() {
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);

        String page =
                StaffPageClient.as(worker)
                        .get("/staff/survivors/new?for=te&lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        Map<String, String> fields = new HashMap<>();
        fields.put("language", "te");
        fields.put("phone", "98301 22204");
        fields.put("areaId", Long.toString(block.id));
        fields.put("sms", "yes");
        fields.put("results", "yes");
        Response posted = StaffPageClient.as(worker).postForm("/staff/survivors/new", fields);

        assertThat(page)
                .contains("name=\"results\"")
                .contains("ప్రతి మూడు నెలలకు ఒకసారి")
                .contains("Once a quarter, how services in her area did (SMS)");
        assertThat(posted.statusCode()).isEqualTo(303);
        String id = posted.header("Location").replaceAll(".*/survivors/([0-9]+)/enrolled", "$1");
        String herPage =
                StaffPageClient.as(worker)
                        .get("/staff/survivors/" + id + "/enrolled?lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(herPage).contains("Once a quarter, how services in her area did (SMS)");
        as(worker)
                .get("/api/v1/survivors/" + id)
                .then()
                .statusCode(200)
                .body("consent.results", equalTo(true))
                .body("consent.reporting", equalTo(false));
    }

    private static long enrol(String worker, long areaId, String phone, Boolean results) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("sms", true);
        consent.put("ivr", false);
        consent.put("webLink", false);
        consent.put("reporting", true);
        if (results != null) {
            consent.put("results", results);
        }
        Number id =
                as(worker)
                        .contentType(ContentType.JSON)
                        .body(
                                Json.object(
                                        "phone",
                                        phone,
                                        "language",
                                        "te",
                                        "areaId",
                                        areaId,
                                        "consent",
                                        consent))
                        .post("/api/v1/survivors")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }
}
