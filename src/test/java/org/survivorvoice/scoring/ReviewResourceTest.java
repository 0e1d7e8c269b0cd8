package org.survivorvoice.scoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;

/** The confirmation rule through the API: reviewed, twice-flagged laggards are named to funders. */
@QuarkusTest
class ReviewResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void verifiedLaggardFlaggedInTwoWindowsIsNamedToFunders() {
        Area district = fixtures.district();
        List<String> ordinary = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "PANCHAYAT", "Panchayat " + i);
            fixtures.ratings(code, "2013-Q1", 28 + i % 3, 12 - i % 3);
            ordinary.add(code);
        }
        String worse = fixtures.provider(district.id, "PANCHAYAT", "Panchayat worse");
        fixtures.ratings(worse, "2013-Q1", 8, 32);
        String admin = fixtures.user(Roles.ADMIN, null);
        String funder = fixtures.user(Roles.FUNDER, null);
        String other = fixtures.user(Roles.OFFICIAL, fixtures.district().id);
        as(admin).post("/api/v1/scores/refresh?period=2013-Q1").then().statusCode(200);
        as(admin).post("/api/v1/scores/refresh?period=2013-Q2").then().statusCode(200);
        String scores = "/api/v1/scores?period=2013-Q2&district=" + district.id;

        as(funder)
                .get(scores)
                .then()
                .body("items.providerCode", not(hasItem(worse)))
                .body("underReview", equalTo(1));
        review(admin, ordinary.get(0), "LAGGARD", true).then().statusCode(422);
        review(admin, worse, "GOOD_PRACTICE", true).then().statusCode(422);
        review(admin, worse, "LAGGARD", false).then().statusCode(201).body("named", equalTo(false));
        as(funder).get(scores).then().body("items.providerCode", not(hasItem(worse)));

        review(admin, worse, "LAGGARD", true)
                .then()
                .statusCode(201)
                .body("band", equalTo("SIGNIFICANTLY_BELOW"))
                .body("previousBand", equalTo("SIGNIFICANTLY_BELOW"))
                .body("named", equalTo(true));

        as(funder)
                .get(scores)
                .then()
                .body("items.providerCode", hasItem(worse))
                .body("underReview", equalTo(0))
                .body("items.find { it.providerCode == '" + worse + "' }.named", equalTo(true));
        as(admin)
                .get("/api/v1/scores/" + worse + "/trend")
                .then()
                .statusCode(200)
                .body("period", contains("2013-Q1", "2013-Q2"))
                .body("band", hasSize(2));
        as(other).get("/api/v1/scores/" + worse + "/trend").then().statusCode(404);
        as(funder).get("/api/v1/scores/" + worse + "/trend").then().statusCode(403);
        review(funder, worse, "LAGGARD", true).then().statusCode(403);
        as(admin)
                .contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "providerCode",
                                worse,
                                "period",
                                "2013-Q9",
                                "label",
                                "LAGGARD",
                                "verified",
                                true))
                .post("/api/v1/reviews")
                .then()
                .statusCode(400);
    }

    private static io.restassured.response.Response review(
            String user, String code, String label, boolean verified) {
        return as(user).contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "providerCode",
                                code,
                                "period",
                                "2013-Q2",
                                "label",
                                label,
                                "verified",
                                verified,
                                "note",
                                "visited the office"))
                .post("/api/v1/reviews");
    }
}
