package org.survivorvoice.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Release increments (design/SCORING.md): through the scores API, a provider's published figures
 * stay those of an earlier quarter until at least five ratings entered its window since they were
 * set, so nobody who knows that one survivor visited can difference out her answer.
 */
@QuarkusTest
class ReleaseIncrementsTest {

    @Inject Fixtures fixtures;
    @Inject ScoringService scoring;

    @Test
    void oneToFourNewRatingsRepeatTheFiguresAndFiveChangeThem() {
        Quarter first = Quarter.parse("2010-Q1");
        Quarter second = first.next();
        Quarter third = second.next();
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        Map<Integer, String> byNew = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            String code = fixtures.provider(district.id, "HOSPITAL", "Hospital " + i);
            fixtures.ratings(code, first.toString(), 18 + i % 4, 12 - i % 4);
            byNew.put(i, code);
        }
        scoring.refresh(first);
        Map<String, Map<String, Object>> before = scores(admin, district, first);

        // one, two, three, four and five new ratings, all dissatisfied: the worst news possible
        for (int added = 1; added <= 5; added++) {
            fixtures.ratings(byNew.get(added), second.toString(), 0, added);
        }
        scoring.refresh(second);
        Map<String, Map<String, Object>> after = scores(admin, district, second);

        for (int added = 1; added <= 4; added++) {
            Map<String, Object> now = after.get(byNew.get(added));
            assertThat(now.get("unchanged")).as("%d new", added).isEqualTo(true);
            assertThat(now.get("publishedSince")).isEqualTo(first.toString());
            assertThat(figures(now)).isEqualTo(figures(before.get(byNew.get(added))));
        }
        Map<String, Object> five = after.get(byNew.get(5));
        assertThat(five.get("unchanged")).isEqualTo(false);
        assertThat(five.get("publishedSince")).isEqualTo(second.toString());
        assertThat(figures(five)).isNotEqualTo(figures(before.get(byNew.get(5))));
        // a provider without new ratings repeats its figures too
        assertThat(after.get(byNew.get(0)).get("unchanged")).isEqualTo(true);

        // the one-new provider gets four more: five since its figures were set, so they change
        fixtures.ratings(byNew.get(1), third.toString(), 0, 4);
        scoring.refresh(third);
        Map<String, Object> later = scores(admin, district, third).get(byNew.get(1));
        assertThat(later.get("unchanged")).isEqualTo(false);
        assertThat(later.get("publishedSince")).isEqualTo(third.toString());
        assertThat(figures(later)).isNotEqualTo(figures(before.get(byNew.get(1))));
    }

    @Test
    void adminsMayAskForExactFiguresAndEveryAskIsAudited() {
        Quarter period = Quarter.parse("2010-Q4");
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Exact hospital");
        fixtures.ratings(code, period.toString(), 17, 5);
        scoring.refresh(period);
        String admin = fixtures.user(Roles.ADMIN, null);
        long audited = fixtures.auditCount("score", "READ_EXACT");

        Map<String, Object> exact =
                as(admin)
                        .get(
                                "/api/v1/scores?precision=exact&period="
                                        + period
                                        + "&district="
                                        + district.id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("items[0]");
        Map<String, Object> published = scores(admin, district, period).get(code);

        assertThat(((Number) exact.get("ratings")).longValue()).isEqualTo(22);
        assertThat(published.get("ratings")).isNull();
        double score = ((Number) published.get("score")).doubleValue();
        assertThat(score * 100)
                .isCloseTo(Math.rint(score * 100), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fixtures.auditCount("score", "READ_EXACT")).isEqualTo(audited + 1);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        as(official).get("/api/v1/scores?precision=exact&period=" + period).then().statusCode(403);
        as(admin).get("/api/v1/scores?precision=fine&period=" + period).then().statusCode(400);
    }

    private static Object figures(Map<String, Object> item) {
        return java.util.List.of(
                item.get("ratingsBand"),
                item.get("score"),
                item.get("interval"),
                item.get("band"),
                item.get("verifiedShare"));
    }

    private static Map<String, Map<String, Object>> scores(
            String user, Area district, Quarter period) {
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        for (Map<String, Object> item :
                as(user).get(
                                "/api/v1/scores?size=500&period="
                                        + period
                                        + "&district="
                                        + district.id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .using(
                                JsonPathConfig.jsonPathConfig()
                                        .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE))
                        .<Map<String, Object>>getList("items")) {
            byCode.put((String) item.get("providerCode"), item);
        }
        return byCode;
    }
}
