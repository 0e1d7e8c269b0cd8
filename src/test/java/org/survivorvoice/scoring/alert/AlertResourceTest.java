package org.survivorvoice.scoring.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * Deterioration alerts through the API against the embedded database. Each test rates providers in
 * districts of new states of its own, so no two tests share a comparison group; an update processes
 * every test's ratings, so the assertions look at the test's own districts.
 */
@QuarkusTest
class AlertResourceTest {

    /** Thirty satisfied ratings, then ten dissatisfied ones. */
    private static final String TURNS_BAD = "S".repeat(30) + "D".repeat(10);

    @Inject Fixtures fixtures;
    @Inject EntityManager em;

    /** Overall answers, one character each: D dissatisfied (2), anything else satisfied (5). */
    private static int[] overall(String pattern) {
        return pattern.chars().map(c -> c == 'D' ? 2 : 5).toArray();
    }

    @Test
    void providerWhoseRatingsTurnBadIsAlertedWhenTheCusumCrosses() {
        Area district = fixtures.district();
        String worse = fixtures.provider(district.id, "HOSPITAL", "Sadar Hospital");
        String steady = fixtures.provider(district.id, "HOSPITAL", "Block Hospital");
        fixtures.ratingSequence(worse, null, "2017-Q2", overall(TURNS_BAD));
        fixtures.ratingSequence(steady, null, "2017-Q2", overall("SSSSSSSSSD".repeat(4)));
        String admin = fixtures.user(Roles.ADMIN, null);

        as(admin)
                .post("/api/v1/alerts/refresh")
                .then()
                .statusCode(200)
                .body("processedRatings", greaterThanOrEqualTo(80))
                .body("newAlerts", greaterThanOrEqualTo(1));

        // p0 = 14/80: each dissatisfied rating adds ln 2 - ln 1.175 = 0.532, the seventh makes
        // 3.72 > 3.5; the 37th rating was given 36 hours after 11 April 2017, 00:00 UTC
        JsonPath body =
                as(admin)
                        .get("/api/v1/alerts?district=" + district.id)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("page", equalTo(0))
                        .body("size", equalTo(50))
                        .body("items[0].providerCode", equalTo(worse))
                        .body("items[0].providerName", equalTo("Sadar Hospital"))
                        .body("items[0].category", equalTo("HOSPITAL"))
                        .body("items[0].districtId", equalTo(district.id.intValue()))
                        .body("items[0].period", equalTo("2017-Q2"))
                        .body("items[0].firedAt", equalTo("2017-04-12"))
                        .body("items[0].statistic", equalTo(3.72f))
                        .body("items[0].threshold", equalTo(3.5f))
                        .extract()
                        .jsonPath();
        assertThat(body.getMap("items[0]").keySet())
                .containsExactlyInAnyOrder(
                        "providerCode",
                        "providerName",
                        "category",
                        "districtId",
                        "period",
                        "firedAt",
                        "statistic",
                        "threshold");
        assertThat(body.getList("items.providerCode")).doesNotContain(steady);
    }

    @Test
    void secondUpdateStoresNothingNewAndALaterOneContinuesFromTheStoredStatistic() {
        Area district = fixtures.district();
        String worse = fixtures.provider(district.id, "HOSPITAL", "Area Hospital");
        String steady = fixtures.provider(district.id, "HOSPITAL", "Rural Hospital");
        fixtures.ratingSequence(worse, null, "2016-Q3", overall(TURNS_BAD));
        fixtures.ratingSequence(steady, null, "2016-Q3", overall("SSSSSSSSSD".repeat(4)));
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/alerts/refresh").then().statusCode(200);
        List<Object> state = state(worse);
        // three dissatisfied ratings left after the reset: 3 x (ln 2 - ln 1.175)
        assertThat(((Number) state.get(0)).doubleValue())
                .isCloseTo(3 * (Math.log(2) - Math.log(1.175)), within(1e-9));

        as(admin)
                .post("/api/v1/alerts/refresh")
                .then()
                .statusCode(200)
                .body("newAlerts", equalTo(0));

        assertThat(state(worse)).isEqualTo(state);
        as(admin).get("/api/v1/alerts?district=" + district.id).then().body("total", equalTo(1));

        // from the stored 1.60, four more dissatisfied ratings at p0 = 18/84 (0.499 each) reach
        // 3.59; a CUSUM started again from 0 would reach only 2.0
        fixtures.ratingSequence(worse, null, "2016-Q3", overall("DDDD"));
        as(admin).post("/api/v1/alerts/refresh").then().statusCode(200);

        as(admin)
                .get("/api/v1/alerts?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.providerCode", everyItem(equalTo(worse)))
                .body("items.statistic", equalTo(List.of(3.59f, 3.72f)))
                // 43 hours after 11 July, 00:00 UTC is past midnight in India
                .body("items.firedAt", equalTo(List.of("2016-07-13", "2016-07-12")));
    }

    @Test
    void ratingsOfASurvivorWhoWithdrewReportingConsentAreIgnored() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        long survivor = Staff.enrol(admin, district.id, "9830066661");
        String hers = fixtures.provider(district.id, "LEGAL_AID", "District legal services");
        String twin = fixtures.provider(district.id, "LEGAL_AID", "Taluk legal services");
        fixtures.ratingSequence(hers, null, "2016-Q1", overall("S".repeat(30)));
        fixtures.ratingSequence(hers, survivor, "2016-Q1", overall("D".repeat(10)));
        fixtures.ratingSequence(twin, null, "2016-Q1", overall(TURNS_BAD));
        as(admin)
                .contentType("application/json")
                .body("{\"reporting\": false}")
                .patch("/api/v1/survivors/" + survivor + "/consent")
                .then()
                .statusCode(200);

        as(admin).post("/api/v1/alerts/refresh").then().statusCode(200);

        // the twin with the same sequence from other raters is alerted; hers has none
        as(admin)
                .get("/api/v1/alerts?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.providerCode", equalTo(List.of(twin)));
        assertThat(((Number) state(hers).get(0)).doubleValue()).isZero();
    }

    @Test
    void officialSeesOnlyHerOwnDistrictAndOtherRolesAreRefused() {
        Area mine = fixtures.district();
        Area other = fixtures.district();
        String ours = fixtures.provider(mine.id, "POLICE", "Hasnabad Police Station");
        String theirs = fixtures.provider(other.id, "POLICE", "Minakhan Police Station");
        fixtures.ratingSequence(ours, null, "2015-Q3", overall(TURNS_BAD));
        fixtures.ratingSequence(theirs, null, "2015-Q3", overall(TURNS_BAD));
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, mine.id);
        String funder = fixtures.user(Roles.FUNDER, null);
        String fieldworker = fixtures.user(Roles.FIELDWORKER, null);
        as(admin).post("/api/v1/alerts/refresh").then().statusCode(200);

        as(official)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.providerCode", equalTo(List.of(ours)))
                .body("items.districtId", everyItem(equalTo(mine.id.intValue())));
        as(official).get("/api/v1/alerts?district=" + mine.id).then().body("total", equalTo(1));
        as(official)
                .get("/api/v1/alerts?district=" + other.id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(admin)
                .get("/api/v1/alerts?district=" + other.id)
                .then()
                .statusCode(200)
                .body("items.providerCode", hasItem(theirs))
                .body("items.providerCode", not(hasItem(ours)));

        as(funder).get("/api/v1/alerts").then().statusCode(403);
        as(fieldworker).get("/api/v1/alerts").then().statusCode(403);
        given().get("/api/v1/alerts").then().statusCode(401);
        as(official).post("/api/v1/alerts/refresh").then().statusCode(403);
        as(funder).post("/api/v1/alerts/refresh").then().statusCode(403);
        given().post("/api/v1/alerts/refresh").then().statusCode(401);
        as(admin).get("/api/v1/alerts?district=north").then().statusCode(400);
        as(admin).get("/api/v1/alerts?size=501").then().statusCode(400);
    }

    /** The stored CUSUM state of a provider: statistic, last rating id, last update time. */
    private List<Object> state(String providerCode) {
        List<?> rows =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        em.createNativeQuery(
                                                        "SELECT s.statistic, s.last_rating_id,"
                                                                + " s.updated_at FROM"
                                                                + " score_cusum_state s JOIN"
                                                                + " provider p ON p.id ="
                                                                + " s.provider_id WHERE p.code ="
                                                                + " :code")
                                                .setParameter("code", providerCode)
                                                .getResultList());
        assertThat(rows).hasSize(1);
        return Arrays.asList((Object[]) rows.get(0));
    }
}
