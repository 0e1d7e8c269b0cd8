package org.survivorvoice.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * "Needs a response" through the API: a provider published BELOW and one with a deterioration alert
 * wait for a response of their district; recording one moves the provider to answered with the days
 * it took. Officials see their own district only; funders nothing.
 */
@QuarkusTest
class ResponseNeedsTest {

    private static final String PERIOD = "1941-Q2";
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    @Inject Fixtures fixtures;
    @Inject ReleaseCalendar releases;

    @Test
    void belowAndAlertedProvidersWaitUntilAResponseIsRecorded() {
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, PERIOD, 28 + i % 3, 12 - i % 3);
        }
        String worse = fixtures.provider(district.id, "POLICE", "Thana worse");
        fixtures.ratings(worse, PERIOD, 8, 32);
        // thirty satisfied ratings, then ten dissatisfied: the CUSUM crosses (AlertResourceTest)
        String alerted = fixtures.provider(district.id, "HOSPITAL", "Sadar Hospital");
        String steady = fixtures.provider(district.id, "HOSPITAL", "Block Hospital");
        fixtures.ratingSequence(alerted, null, PERIOD, overall("S".repeat(30) + "D".repeat(10)));
        fixtures.ratingSequence(steady, null, PERIOD, overall("SSSSSSSSSD".repeat(4)));
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + PERIOD).then().statusCode(200);
        as(admin).post("/api/v1/alerts/refresh").then().statusCode(200);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String needed = "/api/v1/responses/needed?period=" + PERIOD;

        JsonPath before = as(official).get(needed).then().statusCode(200).extract().jsonPath();

        assertThat(before.getString("period")).isEqualTo(PERIOD);
        Map<String, Object> below = item(before, worse);
        assertThat(below.get("band")).isIn("BELOW", "SIGNIFICANTLY_BELOW");
        assertThat(below.get("providerName")).isEqualTo("Thana worse");
        assertThat(below.get("category")).isEqualTo("POLICE");
        assertThat(below.get("answered")).isEqualTo(false);
        assertThat(below.get("daysToResponse")).isNull();
        Instant release = releases.releaseOf(Quarter.parse(PERIOD));
        assertThat(below.get("neededSince"))
                .isEqualTo(release.atZone(ZONE).toLocalDate().toString());
        Map<String, Object> alert = item(before, alerted);
        assertThat((Integer) alert.get("alerts")).isPositive();
        assertThat(alert.get("answered")).isEqualTo(false);

        JsonPath recorded =
                ResponseResourceTest.post(official, ResponseResourceTest.body(worse, PERIOD))
                        .statusCode(201)
                        .extract()
                        .jsonPath();

        JsonPath after = as(official).get(needed).then().statusCode(200).extract().jsonPath();
        Map<String, Object> answered = item(after, worse);
        assertThat(answered.get("answered")).isEqualTo(true);
        Instant at = Instant.parse(recorded.getString("recordedAt"));
        assertThat(((Number) answered.get("daysToResponse")).longValue())
                .isEqualTo(Duration.between(release, at).toDays());
        // waiting ones first: the answered provider comes after every waiting one
        List<Boolean> order = after.getList("items.answered", Boolean.class);
        assertThat(order).isSortedAccordingTo(Boolean::compare);
        assertThat(order.get(order.size() - 1)).isTrue();
        assertThat(after.getList("items.providerCode", String.class)).contains(alerted);
    }

    @Test
    void officialsSeeTheirOwnDistrictsReleasedNeedsOnly() {
        Area district = fixtures.district();
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String other = fixtures.user(Roles.OFFICIAL, fixtures.district().id);
        String admin = fixtures.user(Roles.ADMIN, null);

        as(official)
                .get("/api/v1/responses/needed")
                .then()
                .statusCode(200)
                .body("period", equalTo(releases.latestReleased().toString()))
                .body("items.size()", equalTo(0));
        as(other).get("/api/v1/responses/needed?district=" + district.id).then().statusCode(403);
        as(fixtures.user(Roles.FUNDER, null))
                .get("/api/v1/responses/needed?district=" + district.id)
                .then()
                .statusCode(403);
        as(fixtures.user(Roles.FIELDWORKER, null))
                .get("/api/v1/responses/needed")
                .then()
                .statusCode(403);
        String open = releases.latestReleased().next().toString();
        as(official).get("/api/v1/responses/needed?period=" + open).then().statusCode(404);
        as(admin)
                .get("/api/v1/responses/needed?district=" + district.id + "&period=" + open)
                .then()
                .statusCode(200);
        as(official)
                .get("/api/v1/responses/needed?period=1941-Q9")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(JsonPath list, String code) {
        List<Map<String, Object>> items = list.getList("items");
        return items.stream()
                .filter(i -> code.equals(i.get("providerCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + items));
    }

    private static int[] overall(String pattern) {
        return pattern.chars().map(c -> c == 'D' ? 2 : 5).toArray();
    }
}
