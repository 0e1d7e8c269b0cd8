package org.survivorvoice.staff.trainings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.web.CsrfToken;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * {@code /staff/trainings} against the embedded database: an admin records an event through the
 * form's rows of provider code and staff count (no JavaScript), a refused form comes back with what
 * she typed and each problem next to its field, officials see only the events their district's
 * providers attended and funders every event, neither with the form; field workers are refused.
 * Events are dated yesterday, so they lead the list whatever other tests recorded.
 */
@QuarkusTest
class TrainingsPagesTest {

    private static final String YESTERDAY =
            LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString();

    @Inject Fixtures fixtures;

    @Test
    void anAdminRecordsAnEventThroughTheFormsRows() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String station = fixtures.provider(district.id, "POLICE", "Machilipatnam PS");
        String hospital = fixtures.provider(district.id, "HOSPITAL", "Machilipatnam Hospital");

        String page =
                StaffPageClient.as(admin)
                        .get("/staff/trainings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(page)
                .contains("<h1>Training events</h1>", "<strong>Trainings</strong>")
                .contains("name=\"csrf\"", "action=\"/staff/trainings#record\"")
                .contains("id=\"code-5\"", "id=\"staff-5\"")
                .doesNotContain("id=\"code-6\"");

        Response answer =
                post(
                        admin,
                        Map.of(
                                "heldOn", List.of(YESTERDAY),
                                "topic", List.of("Rescue protocols for investigating officers"),
                                "organiser", List.of("District Police"),
                                "pillar", List.of("PROSECUTE"),
                                "code", List.of(station, "", hospital, "", "", ""),
                                "staff", List.of("9", "", "3", "", "", "")));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/staff/trainings?recorded=1");

        long id =
                as(admin)
                        .get("/api/v1/trainings?district=" + district.id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("items[0].id");
        as(admin)
                .get("/api/v1/trainings/" + id)
                .then()
                .statusCode(200)
                .body("providers.code", org.hamcrest.Matchers.contains(station, hospital))
                .body("staffTrained", org.hamcrest.Matchers.equalTo(12));
        assertThat(fixtures.auditActions("training_event", id))
                .containsExactly("TRAINING_RECORDED");
        String after =
                StaffPageClient.as(admin)
                        .get("/staff/trainings?recorded=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(after).contains("The training event is recorded.");
        assertThat(row(after, id))
                .contains("href=\"/staff/trainings/" + id + "\"")
                .contains(
                        YESTERDAY,
                        "Rescue protocols for investigating officers",
                        "District Police",
                        "Prosecute")
                .containsPattern("class=\"num\">2</td>")
                .containsPattern("class=\"num\">12</td>");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesEachProblemNextToItsField() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String station = fixtures.provider(district.id, "POLICE", "Tenali PS");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2).toString();

        Response refused =
                post(
                        admin,
                        Map.of(
                                "heldOn", List.of(tomorrow),
                                "topic", List.of("  "),
                                "organiser", List.of("Women & Child Development"),
                                "pillar", List.of("PROTECT"),
                                "code", List.of(station, "000000", station, ""),
                                "staff", List.of("0", "4", "2", "")));

        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.asString();
        assertThat(page).contains("The event is not recorded: see the marked fields.");
        assertThat(page)
                .contains(
                        "id=\"heldOn-error\">Give the day it was held: not in the future and not"
                                + " before 2000.")
                .contains("id=\"topic-error\">Give the topic")
                .contains("id=\"staff-0-error\">Give a number of staff from 1 to 10000.")
                .contains("id=\"code-1-error\">No provider has this code.")
                .contains("id=\"code-2-error\">This provider is already in another row.")
                .doesNotContain(
                        "id=\"organiser-error\"", "id=\"pillar-error\"", "id=\"code-0-error\"");
        // her input, as she typed it (escaped), and rows to spare
        assertThat(page)
                .contains("value=\"" + tomorrow + "\"")
                .contains("value=\"Women &amp; Child Development\"")
                .contains("<option value=\"PROTECT\" selected>")
                .contains("id=\"code-1\" name=\"code-1\" value=\"000000\"")
                .contains("id=\"staff-1\" name=\"staff-1\" value=\"4\"")
                .contains("id=\"code-5\"");
        as(admin)
                .get("/api/v1/trainings?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));

        Response none =
                post(
                        admin,
                        Map.of(
                                "heldOn",
                                List.of("14/03/2026"),
                                "topic",
                                List.of("T"),
                                "organiser",
                                List.of("O"),
                                "pillar",
                                List.of("NONE")));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.asString())
                .contains(
                        "id=\"heldOn-error\"",
                        "id=\"pillar-error\"",
                        "id=\"attendance-error\">Name at least one provider");
    }

    @Test
    void officialsAndFundersReadTheListWithoutTheFormAndFieldWorkersAreRefused() {
        Area mine = fixtures.district();
        Area other = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String myStation = fixtures.provider(mine.id, "POLICE", "Bhimavaram PS");
        String otherStation = fixtures.provider(other.id, "POLICE", "Eluru PS");
        long mineId = record(admin, "Trauma-informed interviews", myStation);
        long otherId = record(admin, "Case diaries", otherStation);

        String official = fixtures.user(Roles.OFFICIAL, mine.id);
        String list =
                StaffPageClient.as(official)
                        .get("/staff/trainings?lang=te")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(list)
                .contains("<h1>శిక్షణ కార్యక్రమాలు</h1>", "<strong>శిక్షణలు</strong>")
                .contains("id=\"training-" + mineId + "\"")
                .doesNotContain("id=\"training-" + otherId + "\"")
                .doesNotContain("<form class=\"stack\"", "id=\"record\"");
        assertThat(
                        post(
                                        official,
                                        Map.of(
                                                "heldOn",
                                                List.of(YESTERDAY),
                                                "code",
                                                List.of(myStation),
                                                "staff",
                                                List.of("1")))
                                .statusCode())
                .isEqualTo(403);

        String funder = fixtures.user(Roles.FUNDER, null);
        String all =
                StaffPageClient.as(funder)
                        .get("/staff/trainings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(all)
                .contains("id=\"training-" + mineId + "\"", "id=\"training-" + otherId + "\"")
                .doesNotContain("id=\"record\"");

        String worker = fixtures.user(Roles.FIELDWORKER, mine.id);
        assertThat(StaffPageClient.as(worker).get("/staff/trainings").statusCode()).isEqualTo(403);
    }

    private static long record(String admin, String topic, String code) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "heldOn",
                                YESTERDAY,
                                "topic",
                                topic,
                                "organiser",
                                "Police Training College",
                                "pillar",
                                "PROSECUTE",
                                "attendance",
                                List.of(Map.of("providerCode", code, "staffCount", 5))))
                .post("/api/v1/trainings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The list's row of the event. */
    private static String row(String page, long id) {
        Matcher m =
                Pattern.compile("<tr id=\"training-" + id + "\">(.*?)</tr>", Pattern.DOTALL)
                        .matcher(page);
        assertThat(m.find()).as("row of event %d", id).isTrue();
        return m.group(1);
    }

    /** A form POST with repeated fields (the rows), its CSRF token as cookie and field. */
    private static Response post(String user, Map<String, List<String>> fields) {
        boolean secure =
                ConfigProvider.getConfig()
                        .getOptionalValue("survivor-voice.web.secure-cookies", Boolean.class)
                        .orElse(true);
        String token = CsrfToken.issue();
        RequestSpecification request =
                given().auth()
                        .preemptive()
                        .basic(user, Fixtures.PASSWORD)
                        .redirects()
                        .follow(false)
                        .cookie(CsrfToken.cookieName(secure), token)
                        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam(CsrfToken.FIELD, token);
        // the rows' fields are named by row (code-0, staff-0...): a name sent twice is refused
        fields.forEach(
                (name, values) -> {
                    if (name.equals("code") || name.equals("staff")) {
                        for (int i = 0; i < values.size(); i++) {
                            request.formParam(name + "-" + i, values.get(i));
                        }
                    } else {
                        request.formParam(name, values.get(0));
                    }
                });
        return request.post("/staff/trainings");
    }
}
