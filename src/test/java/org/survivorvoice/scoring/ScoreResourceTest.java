package org.survivorvoice.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * Scores through the API against the embedded database. Each test scores its own quarter in a state
 * of its own, so tests never share a comparison group or a rolling window.
 */
@QuarkusTest
class ScoreResourceTest {

    @Inject Fixtures fixtures;

    /** Twelve police stations: ten ordinary, one clearly worse, one with too few ratings. */
    private record Programme(Area district, List<String> codes, String worse, String small) {}

    private Programme programme(String period) {
        Area district = fixtures.district();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, period, 28 + i % 3, 12 - i % 3);
            codes.add(code);
        }
        String worse = fixtures.provider(district.id, "POLICE", "Thana worse");
        fixtures.ratings(worse, period, 8, 32);
        String small = fixtures.provider(district.id, "POLICE", "Thana small");
        fixtures.ratings(small, period, 5, 2);
        return new Programme(district, codes, worse, small);
    }

    @Test
    void refreshScoresAndListShowsBandsOfFiveWithoutSuppressedProviders() {
        Programme p = programme("2021-Q1");
        String admin = fixtures.user(Roles.ADMIN, null);

        as(admin)
                .post("/api/v1/scores/refresh?period=2021-Q1")
                .then()
                .statusCode(200)
                .body("frozen", equalTo(true));

        JsonPath body =
                as(admin)
                        .get("/api/v1/scores?period=2021-Q1&district=" + p.district().id)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(11))
                        .body("suppressed", equalTo(1))
                        .body("items.providerCode", not(hasItem(p.small())))
                        .body("items[0].providerCode", equalTo(p.worse()))
                        .body("items[0].band", equalTo("SIGNIFICANTLY_BELOW"))
                        .body("items[0].ratingsBand", equalTo("40-44"))
                        .extract()
                        .jsonPath();
        assertThat(body.getList("items.score", Float.class)).allMatch(s -> s > 0 && s < 1);
        assertThat(body.getString("items[0]")).doesNotContain("x=").doesNotContain("negative");
        assertThat(body.getList("method.category")).contains("POLICE");
    }

    @Test
    void pagesSplitTheListWithoutGapsOrRepeats() {
        Programme p = programme("2011-Q2");
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=2011-Q2").then().statusCode(200);
        String url = "/api/v1/scores?period=2011-Q2&size=4&district=" + p.district().id;

        List<String> all =
                as(admin)
                        .get(url.replace("size=4", "size=50"))
                        .jsonPath()
                        .getList("items.providerCode");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(
                    as(admin).get(url + "&page=" + page).jsonPath().getList("items.providerCode"));
        }

        assertThat(all).hasSize(11);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void officialSeesOnlyHerDistrictAndFunderNeverSeesFlaggedNames() {
        Programme p = programme("2012-Q3");
        Area other = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);
        String funder = fixtures.user(Roles.FUNDER, null);
        as(admin).post("/api/v1/scores/refresh?period=2012-Q3").then().statusCode(200);

        as(official)
                .get("/api/v1/scores?period=2012-Q3")
                .then()
                .statusCode(200)
                .body("items.districtId", hasItem(p.district().id.intValue()))
                .body("items.providerCode", hasItem(p.worse()));
        as(official)
                .get("/api/v1/scores?period=2012-Q3&district=" + other.id)
                .then()
                .statusCode(403);
        as(funder)
                .get("/api/v1/scores?period=2012-Q3&district=" + p.district().id)
                .then()
                .statusCode(200)
                .body("items.providerCode", not(hasItem(p.worse())))
                .body("underReview", equalTo(1))
                .body("total", equalTo(10));
        as(fixtures.user(Roles.FIELDWORKER, null))
                .get("/api/v1/scores?period=2012-Q3")
                .then()
                .statusCode(403);
    }

    /** An open quarter (never released, so never frozen) can be recomputed after a change. */
    @Test
    void withdrawnReportingConsentRemovesHerRatingsFromLaterScores() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String code = fixtures.provider(district.id, "HOSPITAL", "Hospital consent");
        fixtures.ratings(code, "2098-Q2", 20, 0);
        long survivor = Staff.enrol(admin, district.id, "9830055551");
        fixtures.survivorRatings(survivor, code, "2098-Q2", 5);

        as(admin).post("/api/v1/scores/refresh?period=2098-Q2").then().statusCode(200);
        as(admin)
                .get("/api/v1/scores?period=2098-Q2&district=" + district.id)
                .then()
                .body("items[0].ratingsBand", equalTo("25-29"));

        as(admin)
                .contentType("application/json")
                .body("{\"reporting\": false}")
                .patch("/api/v1/survivors/" + survivor + "/consent")
                .then()
                .statusCode(200);
        as(admin).post("/api/v1/scores/refresh?period=2098-Q2").then().statusCode(200);

        as(admin)
                .get("/api/v1/scores?period=2098-Q2&district=" + district.id)
                .then()
                .body("items[0].ratingsBand", equalTo("20-24"));
    }

    @Test
    void frozenQuarterIsNotRecomputedAndOpenQuarterIsHiddenFromOfficials() {
        Programme p = programme("2015-Q4");
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);
        as(admin).post("/api/v1/scores/refresh?period=2015-Q4").then().statusCode(200);
        fixtures.ratings(p.small(), "2015-Q4", 10, 0);

        as(admin)
                .post("/api/v1/scores/refresh?period=2015-Q4")
                .then()
                .statusCode(200)
                .body("alreadyFrozen", equalTo(true));
        as(admin)
                .get("/api/v1/scores?period=2015-Q4&district=" + p.district().id)
                .then()
                .body("suppressed", equalTo(1));

        as(official).get("/api/v1/scores?period=2099-Q1").then().statusCode(404);
        as(admin)
                .get("/api/v1/scores?period=2099-Q1")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(admin).post("/api/v1/scores/refresh").then().statusCode(400);
        as(admin).get("/api/v1/scores?period=2026-Q7").then().statusCode(400);
    }
}
