package org.survivorvoice.provider;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

@QuarkusTest
class ProviderResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void adminCreatesProviderWithVerhoeffCode() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);

        String code =
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "name",
                                        "Thana Basirhat",
                                        "category",
                                        "POLICE",
                                        "areaId",
                                        district.id,
                                        "languages",
                                        java.util.List.of("bn", "en")))
                        .post("/api/v1/providers")
                        .then()
                        .statusCode(201)
                        .body("code", matchesPattern("[1-9][0-9]{5}"))
                        .body("districtId", equalTo(district.id.intValue()))
                        .extract()
                        .path("code");

        as(admin)
                .get("/api/v1/providers/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Thana Basirhat"))
                .body("languages", hasSize(2));
    }

    @Test
    void codeWithWrongCheckDigitIsNotFound() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String code = fixtures.provider(district.id, "HOSPITAL", "District Hospital");
        char last = code.charAt(5);
        String wrong = code.substring(0, 5) + (char) ('0' + (last - '0' + 1) % 10);

        as(admin)
                .get("/api/v1/providers/" + wrong)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void officialCannotSeeAnotherDistrictsProvider() {
        Area own = fixtures.district();
        Area other = fixtures.district();
        String official = fixtures.user(Roles.OFFICIAL, own.id);
        String code = fixtures.provider(other.id, "PANCHAYAT", "Gram Panchayat Hingalganj");

        as(official).get("/api/v1/providers/" + code).then().statusCode(404);
        as(official).get("/api/v1/providers?district=" + other.id).then().statusCode(403);
    }

    @Test
    void anonymousGets401Problem() {
        given().get("/api/v1/providers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
