package org.survivorvoice.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;

/** Malformed requests get a 4xx problem+json, never a 500, a stack trace or a class name. */
@QuarkusTest
class MalformedRequestTest {

    private static final String[] JSON_ENDPOINTS = {
        "/api/v1/areas",
        "/api/v1/providers",
        "/api/v1/survivors",
        "/api/v1/encounters",
        "/api/v1/ratings"
    };

    @Inject Fixtures fixtures;
    private String admin;

    @BeforeEach
    void admin() {
        admin = fixtures.user(Roles.ADMIN, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"name\": }", "not json", "[1,2", "{\"a\":1}}"})
    void malformedJsonIs400Everywhere(String body) {
        for (String path : JSON_ENDPOINTS) {
            expectProblem(
                    as(admin).contentType(ContentType.JSON).body(body).post(path).then(), 400);
        }
    }

    @Test
    void emptyBodyListsTheMissingBody() {
        for (String path : JSON_ENDPOINTS) {
            expectProblem(as(admin).contentType(ContentType.JSON).post(path).then(), 400);
        }
    }

    @Test
    void missingFieldsAreListed() {
        expectProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/v1/survivors")
                                .then(),
                        400)
                .body("violations.field", hasItem("phone"))
                .body("violations.field", hasItem("consent"))
                .body("violations.field", hasItem("areaId"));
        expectProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/v1/encounters")
                                .then(),
                        400)
                .body("violations.field", hasItem("providerCode"))
                .body("violations.field", hasItem("date"));
    }

    @Test
    void wrongTypesNameTheField() {
        expectProblem(
                        as(admin)
                                .contentType(ContentType.JSON)
                                .body("{\"name\":\"X\",\"level\":\"STATE\",\"parentId\":\"abc\"}")
                                .post("/api/v1/areas")
                                .then(),
                        400)
                .body("violations.field", hasItem("parentId"));
        expectProblem(
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(
                                "{\"survivorId\":[1],\"providerCode\":\"1\",\"serviceType\":\"FIR\","
                                    + "\"date\":\"yesterday\",\"outcome\":\"PENDING\"}")
                        .post("/api/v1/encounters")
                        .then(),
                400);
        expectProblem(
                as(admin)
                        .contentType(ContentType.JSON)
                        .body("{\"name\":\"X\",\"level\":3}")
                        .post("/api/v1/areas")
                        .then(),
                400);
    }

    @Test
    void duplicateFieldsAreRefused() {
        expectProblem(
                as(admin)
                        .contentType(ContentType.JSON)
                        .body("{\"name\":\"A\",\"name\":\"B\",\"level\":\"STATE\"}")
                        .post("/api/v1/areas")
                        .then(),
                400);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = "{\"name\":\"\u0000\",\"level\":\"STATE\"}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 2];
        System.arraycopy(body, 0, broken, 0, 9);
        broken[9] = (byte) 0xC3;
        broken[10] = (byte) 0x28;
        System.arraycopy(body, 9, broken, 11, body.length - 9);
        expectProblem(
                as(admin).contentType("application/json").body(broken).post("/api/v1/areas").then(),
                400);
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"name\":\"" + "x".repeat(70_000) + "\",\"level\":\"STATE\"}";
        expectProblem(
                as(admin).contentType(ContentType.JSON).body(big).post("/api/v1/areas").then(),
                413);
    }

    @Test
    void aBodyOverTenMegabytesIsA413ProblemAndItsLogLineHoldsNoInvitationToken() {
        byte[] big = new byte[11 * 1024 * 1024];
        expectProblem(
                as(admin).contentType("text/csv").body(big).post("/api/v1/providers/import").then(),
                413);
        String token = "SecretInvitationToken123";
        try (CapturedLog log = CapturedLog.install()) {
            io.restassured.RestAssured.given()
                    .contentType("application/octet-stream")
                    .body(big)
                    .post("/r/" + token)
                    .then()
                    .statusCode(413);
            assertThat(log.text()).contains("body over").doesNotContain(token);
        }
    }

    @Test
    void wrongContentTypeIs415() {
        for (String path : JSON_ENDPOINTS) {
            expectProblem(
                    as(admin).contentType(ContentType.TEXT).body("name=x").post(path).then(), 415);
            expectProblem(
                    as(admin)
                            .contentType(ContentType.URLENC)
                            .formParam("name", "x")
                            .post(path)
                            .then(),
                    415);
        }
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        expectProblem(as(admin).get("/api/v1/nothing-here").then(), 404);
        expectProblem(as(admin).delete("/api/v1/areas").then(), 405);
        expectProblem(as(admin).get("/api/v1/areas/not-a-number").then(), 404);
    }

    @Test
    void badQueryParameterTypesAreClientErrors() {
        expectProblem(as(admin).get("/api/v1/areas?level=COUNTRY").then(), 400)
                .body("violations.field", hasItem("level"));
        expectProblem(as(admin).get("/api/v1/providers?page=abc").then(), 400)
                .body("violations.field", hasItem("page"));
        expectProblem(as(admin).get("/api/v1/providers?district=9999999999999999999").then(), 400)
                .body("violations.field", hasItem("district"));
        expectProblem(as(admin).get("/api/v1/ratings?channel=FAX").then(), 400)
                .body("violations.field", hasItem("channel"));
    }

    private static ValidatableResponse expectProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.survivorvoice")))
                .body(not(containsString("at java.")));
    }
}
