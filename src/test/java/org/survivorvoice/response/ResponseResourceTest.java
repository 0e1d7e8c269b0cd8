package org.survivorvoice.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Responses through the API: who may record, change and list them (officials of the provider's
 * district and admins; 404 for another district's provider or response, 403 for another district's
 * list and for funders and field workers), bad input as problem+json, the PLANNED -> DONE / DROPPED
 * transitions (both final) and the completion event in the marking transaction.
 */
@QuarkusTest
class ResponseResourceTest {

    /** A released quarter of this test's range that nobody scores. */
    private static final String PERIOD = "1943-Q4";

    @Inject Fixtures fixtures;
    @Inject CompletedResponses completed;
    @Inject ProgrammeCalendar calendar;

    static Map<String, Object> body(String code, String period) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerCode", code);
        body.put("period", period);
        body.put("theme", "TIMELINESS");
        body.put("actionText", "FIRs registered the same day; a second duty officer at night");
        body.put("ownerRole", "Station house officer");
        body.put("dueDate", LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(30).toString());
        return body;
    }

    static ValidatableResponse post(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/responses").then();
    }

    static ValidatableResponse patch(String user, long id, Map<String, Object> change) {
        return as(user).contentType(ContentType.JSON)
                .body(change)
                .patch("/api/v1/responses/" + id)
                .then();
    }

    @Test
    void officialRecordsAResponseForHerDistrictsProviderOnly() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "POLICE", "Thana Bagdah");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String other = fixtures.user(Roles.OFFICIAL, fixtures.district().id);

        var created =
                post(official, body(code, PERIOD))
                        .statusCode(201)
                        .body("providerCode", equalTo(code))
                        .body("providerName", equalTo("Thana Bagdah"))
                        .body("districtId", equalTo(district.id.intValue()))
                        .body("period", equalTo(PERIOD))
                        .body("theme", equalTo("TIMELINESS"))
                        .body("ownerRole", equalTo("Station house officer"))
                        .body("status", equalTo("PLANNED"))
                        .body("dropReason", nullValue())
                        .body("recordedAt", notNullValue())
                        .body("doneAt", nullValue())
                        .body("droppedAt", nullValue())
                        .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/responses/" + id);

        post(other, body(code, PERIOD)).statusCode(404).contentType("application/problem+json");
        post(fixtures.user(Roles.FUNDER, null), body(code, PERIOD)).statusCode(403);
        post(fixtures.user(Roles.FIELDWORKER, null), body(code, PERIOD)).statusCode(403);
        patch(other, id, Map.of("status", "DONE")).statusCode(404);
        patch(fixtures.user(Roles.FUNDER, null), id, Map.of("status", "DONE")).statusCode(403);
        // an unknown code and a bad check digit are both 404
        post(official, body("1000", PERIOD)).statusCode(404);
        String badDigit =
                code.substring(0, code.length() - 1)
                        + ((code.charAt(code.length() - 1) - '0' + 1) % 10);
        post(official, body(badDigit, PERIOD)).statusCode(404);
        patch(official, id + 100_000, Map.of("status", "DONE")).statusCode(404);
    }

    @Test
    void quarterNotReleasedToTheCallerIsRefused() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "POLICE", "Thana Gaighata");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        String current = calendar.currentQuarter().toString();

        post(official, body(code, current)).statusCode(422).contentType("application/problem+json");
        // an admin may answer a quarter before release, not one that has not begun
        long early =
                post(admin, body(code, current)).statusCode(201).extract().jsonPath().getLong("id");
        post(admin, body(code, calendar.currentQuarter().next().toString())).statusCode(422);
        // the official neither sees nor changes the admin's response to the unreleased quarter
        patch(official, early, Map.of("status", "DONE")).statusCode(404);
        as(official)
                .get("/api/v1/responses?providerCode=" + code)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(official).get("/api/v1/responses?period=" + current).then().statusCode(404);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "POLICE", "Thana Habra");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        Map<String, String> cases =
                Map.of(
                        "theme", "BRIBES",
                        "actionText", "   ",
                        "ownerRole", "x".repeat(121),
                        "dueDate", "2001-01-01",
                        "period", "1943-Q5");
        cases.forEach(
                (field, value) -> {
                    Map<String, Object> bad = body(code, PERIOD);
                    bad.put(field, value);
                    post(official, bad)
                            .statusCode(400)
                            .contentType("application/problem+json")
                            .body("violations.field", hasItem(field));
                });
        Map<String, Object> badDate = body(code, PERIOD);
        badDate.put("dueDate", "2031-02-30");
        post(official, badDate).statusCode(400).contentType("application/problem+json");
        Map<String, Object> tooLong = body(code, PERIOD);
        tooLong.put("actionText", "a".repeat(1001));
        post(official, tooLong).statusCode(400).body("violations.field", contains("actionText"));
        as(official).get("/api/v1/responses?providerCode=" + code).then().body("total", equalTo(0));
    }

    @Test
    void plannedBecomesDoneOnceFiringTheEventInItsTransaction() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Sadar Hospital Barasat");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        long id =
                post(official, body(code, PERIOD))
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");

        patch(official, id, Map.of()).statusCode(400).contentType("application/problem+json");
        patch(official, id, Map.of("status", "DONE", "dropReason", "no"))
                .statusCode(400)
                .body("violations.field", contains("dropReason"));
        patch(
                        official,
                        id,
                        Map.of("ownerRole", "Medical superintendent", "actionText", "A help desk"))
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("ownerRole", equalTo("Medical superintendent"))
                .body("actionText", equalTo("A help desk"));
        patch(official, id, Map.of("dueDate", "2001-01-01"))
                .statusCode(400)
                .body("violations.field", contains("dueDate"));
        assertThat(completed.of(id)).isEmpty();

        patch(official, id, Map.of("status", "DONE"))
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneAt", notNullValue())
                .body("droppedAt", nullValue());

        assertThat(completed.of(id)).hasSize(1);
        CompletedResponses.Seen seen = completed.of(id).get(0);
        assertThat(seen.inTransaction()).isTrue();
        assertThat(seen.status()).isEqualTo(ResponseStatus.DONE);
        assertThat(seen.event().providerId()).isEqualTo(fixtures.providerId(code));
        assertThat(seen.event().period()).isEqualTo(PERIOD);
        // DONE is final: any change, even the same status, is a conflict, and fires nothing
        patch(official, id, Map.of("status", "DONE"))
                .statusCode(409)
                .contentType("application/problem+json");
        patch(official, id, Map.of("status", "DROPPED", "dropReason", "late")).statusCode(409);
        patch(official, id, Map.of("ownerRole", "Someone else")).statusCode(409);
        assertThat(completed.of(id)).hasSize(1);
    }

    @Test
    void droppingNeedsAReasonAndIsFinal() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "LEGAL_AID", "Legal aid clinic Basirhat");
        String admin = fixtures.user(Roles.ADMIN, null);
        long id =
                post(admin, body(code, PERIOD)).statusCode(201).extract().jsonPath().getLong("id");

        patch(admin, id, Map.of("status", "DROPPED"))
                .statusCode(400)
                .body("violations.field", contains("dropReason"));
        patch(admin, id, Map.of("status", "DROPPED", "dropReason", "  "))
                .statusCode(400)
                .body("violations.field", contains("dropReason"));
        patch(admin, id, Map.of("status", "DROPPED", "dropReason", " The clinic closed. "))
                .statusCode(200)
                .body("status", equalTo("DROPPED"))
                .body("dropReason", equalTo("The clinic closed."))
                .body("droppedAt", notNullValue())
                .body("doneAt", nullValue());
        patch(admin, id, Map.of("status", "DONE")).statusCode(409);
        assertThat(completed.of(id)).isEmpty();
    }

    @Test
    void listsTheDistrictsResponsesToOfficialsAndAdminsOnly() {
        Area district = fixtures.district();
        String first = fixtures.provider(district.id, "POLICE", "Thana Swarupnagar");
        String second = fixtures.provider(district.id, "POLICE", "Thana Hingalganj");
        Area elsewhere = fixtures.district();
        String foreign = fixtures.provider(elsewhere.id, "POLICE", "Thana elsewhere");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        long a =
                post(official, body(first, PERIOD))
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long b =
                post(official, body(second, "1943-Q3"))
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        post(admin, body(foreign, PERIOD)).statusCode(201);

        as(official)
                .get("/api/v1/responses")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.id", contains((int) b, (int) a));
        as(official)
                .get("/api/v1/responses?period=" + PERIOD + "&district=" + district.id)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) a));
        as(official)
                .get("/api/v1/responses?providerCode=" + second + "&size=1")
                .then()
                .body("items.id", contains((int) b))
                .body("size", equalTo(1));
        as(official).get("/api/v1/responses?district=" + elsewhere.id).then().statusCode(403);
        as(official).get("/api/v1/responses?providerCode=" + foreign).then().statusCode(404);
        as(admin)
                .get("/api/v1/responses?district=" + elsewhere.id)
                .then()
                .statusCode(200)
                .body("items.providerCode", contains(foreign));
        as(fixtures.user(Roles.FUNDER, null)).get("/api/v1/responses").then().statusCode(403);
        as(fixtures.user(Roles.FIELDWORKER, null)).get("/api/v1/responses").then().statusCode(403);
        as(official)
                .get("/api/v1/responses?size=501")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(official).get("/api/v1/responses?period=1943").then().statusCode(400);
        as(official).get("/api/v1/responses?district=x").then().statusCode(400);
    }
}
