package org.survivorvoice.training.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * {@code GET /api/v1/trainings/{id}/effect} and its chart over ratings stored in the table: the
 * comparison's providers (same category and state, no training by the end of the after quarters),
 * its quarters (the training's own left out), the scoring's valid-rating rule, the hand-computed
 * figures at published precision, the gate, the district rule, and the workbook's Training sheet.
 * Quarters 1915-Q1 to 1916-Q1 and 1917-Q1 to 1918-Q1.
 */
@QuarkusTest
class TrainingEffectResourceTest {

    @Inject Fixtures fixtures;
    @Inject ReportService reports;
    @Inject EntityManager em;

    private Area district;
    private List<String> trained;
    private long event;

    @BeforeEach
    void programme() {
        district = fixtures.district();
        trained = new ArrayList<>();
        List<Long> trainedIds = new ArrayList<>();
        // after: 4, 5 and 6 of 6 satisfied a quarter; before: 3 of 6
        for (int i = 0; i < 3; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Trained thana " + i);
            trained.add(code);
            trainedIds.add(fixtures.providerId(code));
            for (String q : List.of("1915-Q1", "1915-Q2")) {
                fixtures.ratings(code, q, 3, 3);
            }
            for (String q : List.of("1915-Q4", "1916-Q1")) {
                fixtures.ratings(code, q, 4 + i, 2 - i);
            }
            // the training's own quarter is left out
            fixtures.ratings(code, "1915-Q3", 0, 20);
        }
        // untrained: 3 of 6 before; 2, 3, 3 and 4 of 6 after
        int[] after = {2, 3, 3, 4};
        for (int i = 0; i < 4; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Untrained thana " + i);
            for (String q : List.of("1915-Q1", "1915-Q2")) {
                fixtures.ratings(code, q, 3, 3);
            }
            for (String q : List.of("1915-Q4", "1916-Q1")) {
                fixtures.ratings(code, q, after[i], 6 - after[i]);
            }
        }
        // not compared: another category, a thana trained by an earlier event, and a
        // survivor who withdrew reporting consent
        String hospital = fixtures.provider(district.id, "HOSPITAL", "Hospital");
        fixtures.ratings(hospital, "1915-Q4", 0, 30);
        String earlier = fixtures.provider(district.id, "POLICE", "Thana trained before");
        fixtures.ratings(earlier, "1915-Q4", 0, 30);
        TrainingRows.event(
                LocalDate.of(1914, 11, 2),
                "Earlier training",
                Map.of(fixtures.providerId(earlier), 3));
        String admin = fixtures.user(Roles.ADMIN, null);
        long withdrawn =
                Staff.enrol(
                        admin,
                        district.id,
                        "97" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        fixtures.ratingSequence(trained.get(0), withdrawn, "1915-Q4", 1, 1, 1, 1, 1, 1, 1, 1);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "UPDATE survivor SET consent_reporting = FALSE"
                                                        + " WHERE id = :id")
                                        .setParameter("id", withdrawn)
                                        .executeUpdate());
        Map<Long, Integer> attendance =
                Map.of(trainedIds.get(0), 12, trainedIds.get(1), 20, trainedIds.get(2), 8);
        event =
                TrainingRows.event(
                        LocalDate.of(1915, 8, 14), "Victim-centred interviewing", attendance);
    }

    @Test
    void publishesTheHandComputedEffect() {
        String funder = fixtures.user(Roles.FUNDER, null);

        JsonPath json =
                as(funder)
                        .get("/api/v1/trainings/" + event + "/effect")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(json.getString("event.quarter")).isEqualTo("1915-Q3");
        assertThat(json.getInt("event.providersTrained")).isEqualTo(3);
        assertThat(json.getLong("event.staffTrained")).isEqualTo(40);
        assertThat(json.getList("quarters.before")).containsExactly("1915-Q1", "1915-Q2");
        assertThat(json.getList("quarters.after")).containsExactly("1915-Q4", "1916-Q1");
        assertThat(json.getLong("untrainedProviders")).isEqualTo(4);
        // trained before 18/36, after 30/36; untrained before 24/48, after 24/48
        assertThat(json.getList("cells.ratings"))
                .containsExactly("35-39", "35-39", "45-49", "45-49");
        // shares at a survivor cell's steps: 10 % for 35-39 ratings, 5 % for 45-49
        assertThat(json.getList("cells.share", Float.class))
                .containsExactly(0.5f, 0.8f, 0.5f, 0.5f);
        assertThat(json.getBoolean("shown")).isTrue();
        // (0.8 - 0.5) - (0.5 - 0.5): 30 points (exactly 33.3 from the unrounded shares)
        assertThat(json.getInt("effect")).isEqualTo(30);
        int low = json.getInt("interval.low");
        int high = json.getInt("interval.high");
        assertThat(low).isGreaterThan(0).isLessThanOrEqualTo(30);
        assertThat(high).isGreaterThanOrEqualTo(30);
        assertThat(json.getString("statement"))
                .isEqualTo(
                        "After the training, survivors rated trained police stations 30 points"
                                + " higher than before, relative to untrained police stations; 90 %"
                                + " interval "
                                + low
                                + " to "
                                + high
                                + " points.");
        assertThat(json.getString("caveat")).startsWith("This is not proof that the training");
        assertThat(json.getList("missing")).isEmpty();
        // the same seed, the same interval
        as(funder)
                .get("/api/v1/trainings/" + event + "/effect")
                .then()
                .body("interval.low", equalTo(low))
                .body("interval.high", equalTo(high));
        // nothing of a survivor, no date finer than a quarter
        assertThat(json.prettify()).doesNotContain("1915-08-14").doesNotContain("raterKey");
    }

    @Test
    void fundersSeeOnlyReleasedQuartersAndAdminsTheRunningOneAsProvisional() {
        Quarter now = Quarter.of(LocalDate.now(ZoneId.of("Asia/Kolkata")));
        Quarter held = now.previous();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Recent thana " + i);
            ids.add(fixtures.providerId(code));
            fixtures.ratings(code, held.previous().toString(), 6, 6);
            // the first quarter after the training is the running one: not released
            fixtures.ratings(code, now.toString(), 10, 2);
        }
        long recent =
                TrainingRows.event(
                        held.start().plusDays(3),
                        "Recent training",
                        Map.of(ids.get(0), 2, ids.get(1), 2, ids.get(2), 2));

        JsonPath funder =
                as(fixtures.user(Roles.FUNDER, null))
                        .get("/api/v1/trainings/" + recent + "/effect")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        JsonPath admin =
                as(fixtures.user(Roles.ADMIN, null))
                        .get("/api/v1/trainings/" + recent + "/effect")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        // the funder learns nothing of the running quarter's 36 ratings
        assertThat(funder.getBoolean("provisional")).isTrue();
        assertThat(funder.getBoolean("shown")).isFalse();
        assertThat(funder.getString("cells.find { it.cell == 'TRAINED_AFTER' }.ratings"))
                .isEqualTo("0-4");
        assertThat(admin.getBoolean("provisional")).isTrue();
        assertThat(admin.getString("cells.find { it.cell == 'TRAINED_AFTER' }.ratings"))
                .isEqualTo("35-39");
    }

    @Test
    void belowTheGateSaysWhatIsMissing() {
        Area other = fixtures.district();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String code = fixtures.provider(other.id, "POLICE", "Thana " + i);
            ids.add(fixtures.providerId(code));
            fixtures.ratings(code, "1917-Q1", 8, 4);
            fixtures.ratings(code, "1917-Q4", 3, 2);
        }
        long small =
                TrainingRows.event(
                        LocalDate.of(1917, 7, 1),
                        "Small training",
                        Map.of(ids.get(0), 2, ids.get(1), 2));

        JsonPath json =
                as(fixtures.user(Roles.ADMIN, null))
                        .get("/api/v1/trainings/" + small + "/effect")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(json.getBoolean("shown")).isFalse();
        assertThat(json.getString("statement")).isEqualTo("Not enough ratings yet.");
        assertThat(json.getObject("effect", Integer.class)).isNull();
        assertThat(json.getObject("interval.low", Integer.class)).isNull();
        assertThat(json.getList("cells.share")).containsOnlyNulls();
        // trained before 24 ratings; after 10: one to five short of 11, in a band
        assertThat(json.getList("missing.what"))
                .containsExactly(
                        "ratings: trained, after",
                        "raters: trained, after",
                        "ratings: untrained, before",
                        "raters: untrained, before",
                        "ratings: untrained, after",
                        "raters: untrained, after",
                        "trained providers");
        assertThat(json.getList("missing.amount"))
                .containsExactly("1-5", "1-5", "11-15", "11-15", "11-15", "11-15", "1");
    }

    @Test
    void officialsSeeOnlyEventsOfTheirDistrictAndFieldWorkersNone() {
        String own = fixtures.user(Roles.OFFICIAL, district.id);
        String foreign = fixtures.user(Roles.OFFICIAL, fixtures.district().id);

        as(own).get("/api/v1/trainings/" + event + "/effect").then().statusCode(200);
        as(foreign)
                .get("/api/v1/trainings/" + event + "/effect")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(foreign).get("/api/v1/trainings/" + event + "/effect/chart.png").then().statusCode(404);
        as(fixtures.user(Roles.FIELDWORKER, null))
                .get("/api/v1/trainings/" + event + "/effect")
                .then()
                .statusCode(403);
        as(own).get("/api/v1/trainings/999999999/effect").then().statusCode(404);
        byte[] png =
                as(own).get("/api/v1/trainings/" + event + "/effect/chart.png")
                        .then()
                        .statusCode(200)
                        .contentType("image/png")
                        .extract()
                        .asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theWorkbooksTrainingSheetHasTheEventOnceItsAfterQuartersEnded() {
        ReportData during =
                reports.build(
                        new ReportRequest(Quarter.parse("1915-Q4"), Audience.FUNDER, null, false));
        ReportData ended =
                reports.build(
                        new ReportRequest(Quarter.parse("1916-Q1"), Audience.FUNDER, null, false));
        ReportData own =
                reports.build(
                        new ReportRequest(
                                Quarter.parse("1917-Q4"), Audience.OFFICIAL, district.id, false));
        ReportData late =
                reports.build(
                        new ReportRequest(
                                Quarter.parse("1918-Q1"), Audience.OFFICIAL, district.id, false));
        ReportData foreign =
                reports.build(
                        new ReportRequest(
                                Quarter.parse("1916-Q1"),
                                Audience.OFFICIAL,
                                fixtures.district().id,
                                false));

        assertThat(during.training().events()).noneMatch(e -> e.event().id() == event);
        assertThat(ended.training().events())
                .filteredOn(e -> e.event().id() == event)
                .singleElement()
                .satisfies(e -> assertThat(e.effect()).isEqualTo(30));
        // the last of the eight quarters, then gone
        assertThat(own.training().events()).anyMatch(e -> e.event().id() == event);
        assertThat(late.training().events()).noneMatch(e -> e.event().id() == event);
        assertThat(foreign.training().events()).noneMatch(e -> e.event().id() == event);
        assertThat(ended.training().firstQuarter()).isEqualTo("1914-Q2");
    }
}
