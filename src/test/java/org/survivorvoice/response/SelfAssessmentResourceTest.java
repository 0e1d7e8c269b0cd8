package org.survivorvoice.response;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Self-assessments through the API: field workers and admins record a provider's own scores (201
 * the first time, 200 when replacing), officials of its district read them, bad answers are 400
 * problems, and other districts and funders are kept out.
 */
@QuarkusTest
class SelfAssessmentResourceTest {

    private static final String PERIOD = "1942-Q3";

    @Inject Fixtures fixtures;
    @Inject ProgrammeCalendar calendar;

    private static ValidatableResponse record(
            String user, String code, String period, Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerCode", code);
        body.put("period", period);
        body.put("answers", answers);
        return as(user).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/self-assessments")
                .then();
    }

    private static String read(String code, String period) {
        return "/api/v1/self-assessments?providerCode=" + code + "&period=" + period;
    }

    @Test
    void fieldWorkerRecordsThenReplacesAndTheDistrictReadsIt() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "POLICE", "Thana Deganga");
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, district.id);

        as(official).get(read(code, PERIOD)).then().statusCode(404);
        record(worker, code, PERIOD, Map.of("overall", 4, "dignity", 5))
                .statusCode(201)
                .body("providerCode", equalTo(code))
                .body("providerName", equalTo("Thana Deganga"))
                .body("period", equalTo(PERIOD))
                .body("answers.overall", equalTo(4))
                .body("answers.dignity", equalTo(5))
                .body("answers.listened", nullValue())
                .body("recordedAt", notNullValue());
        record(admin, code, PERIOD, Map.of("timeliness", 2))
                .statusCode(200)
                .body("answers.overall", nullValue())
                .body("answers.timeliness", equalTo(2));

        as(official)
                .get(read(code, PERIOD))
                .then()
                .statusCode(200)
                .body("answers.timeliness", equalTo(2))
                .body("answers.overall", nullValue());
        as(worker).get(read(code, PERIOD)).then().statusCode(200);
        as(official).get(read(code, "1942-Q2")).then().statusCode(404);
    }

    @Test
    void otherDistrictsAndFundersAreKeptOut() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "PHC Amdanga");
        String admin = fixtures.user(Roles.ADMIN, null);
        Area elsewhere = fixtures.district();
        record(admin, code, PERIOD, Map.of("overall", 3)).statusCode(201);

        as(fixtures.user(Roles.OFFICIAL, elsewhere.id))
                .get(read(code, PERIOD))
                .then()
                .statusCode(404);
        as(fixtures.user(Roles.FUNDER, null)).get(read(code, PERIOD)).then().statusCode(403);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        record(official, code, PERIOD, Map.of("overall", 3)).statusCode(403);
        record(fixtures.user(Roles.FUNDER, null), code, PERIOD, Map.of("overall", 3))
                .statusCode(403);
        // a field worker bound to another district finds no such provider
        record(fixtures.user(Roles.FIELDWORKER, elsewhere.id), code, PERIOD, Map.of("overall", 3))
                .statusCode(404);
    }

    @Test
    void badAnswersAreProblemsAndNothingIsStored() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "PANCHAYAT", "Gram panchayat Kadambagachhi");
        String worker = fixtures.user(Roles.FIELDWORKER, null);

        record(worker, code, PERIOD, Map.of())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("answers"));
        record(worker, code, PERIOD, Map.of("overall", 6))
                .statusCode(400)
                .body("violations.field", contains("answers.overall"));
        record(worker, code, PERIOD, Map.of("dignity", 0)).statusCode(400);
        record(worker, code, "1942-Q7", Map.of("overall", 3)).statusCode(400);
        record(worker, "1000", PERIOD, Map.of("overall", 3)).statusCode(404);
        record(worker, code, calendar.currentQuarter().next().toString(), Map.of("overall", 3))
                .statusCode(422)
                .contentType("application/problem+json");
        as(worker).get(read(code, PERIOD)).then().statusCode(404);
        as(worker)
                .get("/api/v1/self-assessments?providerCode=" + code)
                .then()
                .statusCode(400)
                .body("violations.field", contains("period"));
    }
}
