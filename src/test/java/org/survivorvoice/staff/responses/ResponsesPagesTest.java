package org.survivorvoice.staff.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The response page against the embedded database: a provider published below waits under "Needs a
 * response" until the official records one through the page's form, a refused form comes back with
 * her input and the reason, and the response is marked done or dropped (with a reason) from the
 * list. Other districts and funders are kept out; an admin picks a district.
 */
@QuarkusTest
class ResponsesPagesTest {

    private static final String PERIOD = "1941-Q3";

    @Inject Fixtures fixtures;

    /** A district of eleven police stations in which {@code worse} is published below. */
    record Programme(Area district, String worse) {}

    /** The programme, scored in the quarter (each test scores a quarter of its own). */
    private Programme programme(String period) {
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, period, 28 + i % 3, 12 - i % 3);
        }
        String worse = fixtures.provider(district.id, "POLICE", "Thana Sandeshkhali");
        fixtures.ratings(worse, period, 8, 32);
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + period).then().statusCode(200);
        return new Programme(district, worse);
    }

    private static Map<String, String> form(Programme p, String action, String due) {
        Map<String, String> form = new HashMap<>();
        form.put("district", Long.toString(p.district().id));
        form.put("period", PERIOD);
        form.put("providerCode", p.worse());
        form.put("theme", "TIMELINESS");
        form.put("actionText", action);
        form.put("ownerRole", "Station house officer");
        form.put("dueDate", due);
        return form;
    }

    @Test
    void officialAnswersAWaitingProviderAndClosesTheResponse() {
        Programme p = programme(PERIOD);
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);
        StaffPageClient pages = StaffPageClient.as(official);
        String page = "/staff/responses?period=" + PERIOD;

        String before = pages.get(page).then().statusCode(200).extract().asString();
        assertThat(before).contains(p.district().name, "Needs a response", "Thana Sandeshkhali");
        assertThat(before).containsPattern("\\d+ days waiting");
        assertThat(before).contains("name=\"csrf\"", "action=\"/staff/responses\"");
        assertThat(before).contains("No response recorded for this quarter");
        assertThat(before).contains("<strong>Responses</strong>");

        // refused: a past due date; the page comes back with her words and the reason
        Response refused =
                pages.postForm(
                        "/staff/responses", form(p, "Night duty officer for FIRs", "2001-01-01"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().asString())
                .contains("Give a due date, today or later.", "Night duty officer for FIRs");
        assertThat(listed(official, p)).isEmpty();

        String due = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(20).toString();
        Response recorded =
                pages.postForm("/staff/responses", form(p, "Night duty officer for FIRs", due));
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.header("Location")).contains("done=recorded", "period=" + PERIOD);
        List<Long> ids = listed(official, p);
        assertThat(ids).hasSize(1);
        long id = ids.get(0);

        String after =
                pages.get(page + "&done=recorded").then().statusCode(200).extract().asString();
        assertThat(after).contains("The response is recorded.", "Night duty officer for FIRs");
        assertThat(after).containsPattern("Answered after \\d+ days");
        assertThat(after).contains("action=\"/staff/responses/" + id + "/status\"", "Mark done");

        Response noReason =
                pages.postForm(
                        "/staff/responses/" + id + "/status",
                        Map.of(
                                "district",
                                Long.toString(p.district().id),
                                "period",
                                PERIOD,
                                "status",
                                "DROPPED",
                                "dropReason",
                                " "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body().asString()).contains("Give the reason for dropping it");

        Response done =
                pages.postForm(
                        "/staff/responses/" + id + "/status",
                        Map.of(
                                "district",
                                Long.toString(p.district().id),
                                "period",
                                PERIOD,
                                "status",
                                "DONE"));
        assertThat(done.statusCode()).isEqualTo(303);
        as(official)
                .get("/api/v1/responses?providerCode=" + p.worse())
                .then()
                .statusCode(200)
                .body("items[0].status", org.hamcrest.Matchers.equalTo("DONE"));
        String closed = pages.get(page).then().statusCode(200).extract().asString();
        assertThat(closed).doesNotContain("action=\"/staff/responses/" + id + "/status\"");
        // done is final: the page says so instead of changing it
        Response again =
                pages.postForm(
                        "/staff/responses/" + id + "/status",
                        Map.of(
                                "district",
                                Long.toString(p.district().id),
                                "period",
                                PERIOD,
                                "status",
                                "DROPPED",
                                "dropReason",
                                "too late"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body().asString()).contains("already done or dropped");
    }

    @Test
    void otherDistrictsAndFundersAreKeptOutAndAnAdminPicksADistrict() {
        String period = "1942-Q2";
        Programme p = programme(period);
        String other = fixtures.user(Roles.OFFICIAL, fixtures.district().id);
        String admin = fixtures.user(Roles.ADMIN, null);
        String page = "/staff/responses?period=" + period + "&district=" + p.district().id;

        assertThat(StaffPageClient.as(other).get(page).statusCode()).isEqualTo(403);
        assertThat(
                        StaffPageClient.as(other)
                                .postForm("/staff/responses", form(p, "Help desk", "2999-01-01"))
                                .statusCode())
                .isIn(403, 404);
        assertThat(StaffPageClient.as(fixtures.user(Roles.FUNDER, null)).get(page).statusCode())
                .isEqualTo(403);
        assertThat(listed(admin, p)).isEmpty();

        String choose =
                StaffPageClient.as(admin)
                        .get("/staff/responses")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(choose).contains("<option value=\"" + p.district().id + "\">");
        String chosen =
                StaffPageClient.as(admin).get(page).then().statusCode(200).extract().asString();
        assertThat(chosen).contains("Thana Sandeshkhali");
        assertThat(StaffPageClient.as(admin).get("/staff/responses?period=1941").statusCode())
                .isEqualTo(400);
    }

    @Test
    void adminRecordsASelfAssessmentOfficialsGetNoForm() {
        String period = "1941-Q1";
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Rural Hospital Hasnabad");
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String page = "/staff/responses?period=" + period + "&district=" + district.id;
        Map<String, String> form = new HashMap<>();
        form.put("district", Long.toString(district.id));
        form.put("period", period);
        form.put("providerCode", code);
        form.put("overall", "");
        form.put("dignity", "");

        assertThat(StaffPageClient.as(admin).get(page).body().asString())
                .contains("action=\"/staff/responses/self-assessment\"");
        assertThat(StaffPageClient.as(official).get(page).body().asString())
                .doesNotContain("/staff/responses/self-assessment");
        Response empty =
                StaffPageClient.as(admin).postForm("/staff/responses/self-assessment", form);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body().asString()).contains("Give at least one score, each from 1 to 5.");

        form.put("overall", "4");
        form.put("dignity", "2");
        Response recorded =
                StaffPageClient.as(admin).postForm("/staff/responses/self-assessment", form);
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.header("Location")).contains("done=self-assessed");
        as(official)
                .get("/api/v1/self-assessments?providerCode=" + code + "&period=" + period)
                .then()
                .statusCode(200)
                .body("answers.overall", org.hamcrest.Matchers.equalTo(4))
                .body("answers.dignity", org.hamcrest.Matchers.equalTo(2));
        assertThat(
                        StaffPageClient.as(official)
                                .postForm("/staff/responses/self-assessment", form)
                                .statusCode())
                .isEqualTo(403);
    }

    private static List<Long> listed(String user, Programme p) {
        return as(user).get("/api/v1/responses?period=" + PERIOD + "&district=" + p.district().id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }
}
