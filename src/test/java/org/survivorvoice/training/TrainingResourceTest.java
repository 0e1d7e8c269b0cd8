package org.survivorvoice.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * {@code /api/v1/trainings}: an admin records an event (201, Location, staff trained, audit row),
 * every bad field is a 400 naming it, and the readers' rules: officials see the events their
 * district's providers attended (404 for another, 403 for another district's list), funders all,
 * field workers nothing. Events are dated in 2001-2003: no test's quarter depends on them.
 */
@QuarkusTest
class TrainingResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void anAdminRecordsAnEventWithItsProvidersAndStaffTrained() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String station = fixtures.provider(district.id, "POLICE", "Guntur Rural Police Station");
        String hospital = fixtures.provider(district.id, "HOSPITAL", "Guntur General Hospital");

        var created =
                post(
                                admin,
                                event(
                                        "2002-03-14",
                                        List.of(
                                                Map.of("providerCode", station, "staffCount", 12),
                                                Map.of(
                                                        "providerCode",
                                                        " " + hospital + " ",
                                                        "staffCount",
                                                        5))))
                        .statusCode(201)
                        .body("heldOn", equalTo("2002-03-14"))
                        .body("topic", equalTo("Survivor-centred investigation"))
                        .body("organiser", equalTo("State Police Academy"))
                        .body("pillar", equalTo("PROSECUTE"))
                        .body("providers.code", contains(station, hospital))
                        .body(
                                "providers.name",
                                contains("Guntur Rural Police Station", "Guntur General Hospital"))
                        .body("providers.category", contains("POLICE", "HOSPITAL"))
                        .body("providers.district", contains(district.name, district.name))
                        .body("providers.staffCount", contains(12, 5))
                        .body("staffTrained", equalTo(17))
                        .extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/trainings/" + id);

        as(admin)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("staffTrained", equalTo(17));
        assertThat(fixtures.auditActions("training_event", id))
                .containsExactly("TRAINING_RECORDED");
    }

    @Test
    void everyBadFieldIsA400NamingIt() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String station = fixtures.provider(district.id, "POLICE", "Vijayawada One Town PS");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2).toString();
        Map<String, Object> one = Map.of("providerCode", station, "staffCount", 3);
        long before = fixtures.auditCount("training_event", "TRAINING_RECORDED");

        expect400(admin, with(event("2002-01-10", List.of(one)), "topic", "  "), "topic");
        expect400(admin, with(event("2002-01-10", List.of(one)), "organiser", null), "organiser");
        expect400(admin, with(event("2002-01-10", List.of(one)), "pillar", null), "pillar");
        expect400(admin, event(tomorrow, List.of(one)), "heldOn");
        expect400(admin, event("1999-12-31", List.of(one)), "heldOn");
        expect400(admin, with(event("2002-01-10", List.of(one)), "heldOn", null), "heldOn");
        expect400(admin, event("2002-01-10", List.of()), "attendance");
        expect400(admin, with(event("2002-01-10", List.of(one)), "attendance", null), "attendance");
        expect400(
                admin,
                event("2002-01-10", List.of(Map.of("providerCode", "000000", "staffCount", 3))),
                "attendance[0].providerCode");
        expect400(
                admin,
                event("2002-01-10", List.of(one, Map.of("providerCode", station, "staffCount", 4))),
                "attendance[1].providerCode");
        expect400(
                admin,
                event("2002-01-10", List.of(Map.of("providerCode", station, "staffCount", 0))),
                "attendance[0].staffCount");
        expect400(
                admin,
                event("2002-01-10", List.of(Map.of("providerCode", station, "staffCount", 10_001))),
                "attendance[0].staffCount");
        Map<String, Object> noCount = new HashMap<>();
        noCount.put("providerCode", station);
        expect400(admin, event("2002-01-10", List.of(noCount)), "attendance[0].staffCount");
        // every problem at once, each named
        post(admin, with(with(event(tomorrow, List.of()), "topic", ""), "pillar", null))
                .statusCode(400)
                .body(
                        "violations.field",
                        containsInAnyOrder("heldOn", "topic", "pillar", "attendance"));
        assertThat(fixtures.auditCount("training_event", "TRAINING_RECORDED")).isEqualTo(before);
        as(admin)
                .get("/api/v1/trainings?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // the edges pass
        post(
                        admin,
                        event(
                                "2000-01-01",
                                List.of(Map.of("providerCode", station, "staffCount", 10_000))))
                .statusCode(201)
                .body("staffTrained", equalTo(10_000));
        post(
                        admin,
                        event(
                                LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1).toString(),
                                List.of(one)))
                .statusCode(201);
    }

    @Test
    void onlyAdminsRecordAndFieldWorkersReadNothing() {
        Area district = fixtures.district();
        String station = fixtures.provider(district.id, "POLICE", "Kolkata Port PS");
        var body = event("2001-06-01", List.of(Map.of("providerCode", station, "staffCount", 2)));
        for (String role : List.of(Roles.OFFICIAL, Roles.FUNDER, Roles.FIELDWORKER)) {
            post(fixtures.user(role, Roles.FUNDER.equals(role) ? null : district.id), body)
                    .statusCode(403);
        }
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        as(worker).get("/api/v1/trainings").then().statusCode(403);
        long id =
                post(fixtures.user(Roles.ADMIN, null), body)
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        as(worker).get("/api/v1/trainings/" + id).then().statusCode(403);
    }

    @Test
    void anOfficialSeesTheEventsHerDistrictsProvidersAttendedAndFundersSeeAll() {
        Area mine = fixtures.district();
        Area other = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, mine.id);
        String funder = fixtures.user(Roles.FUNDER, null);
        String myStation = fixtures.provider(mine.id, "POLICE", "Howrah PS");
        String otherStation = fixtures.provider(other.id, "POLICE", "Bally PS");
        String otherHospital = fixtures.provider(other.id, "HOSPITAL", "Bally Hospital");
        long shared =
                created(
                        admin,
                        event(
                                "2003-02-01",
                                List.of(
                                        Map.of("providerCode", otherStation, "staffCount", 4),
                                        Map.of("providerCode", myStation, "staffCount", 6))));
        long theirs =
                created(
                        admin,
                        event(
                                "2003-05-01",
                                List.of(Map.of("providerCode", otherHospital, "staffCount", 9))));

        as(official)
                .get("/api/v1/trainings")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) shared))
                .body("total", equalTo(1));
        // the whole event, other districts' providers too: who was trained is not survivor data
        as(official)
                .get("/api/v1/trainings/" + shared)
                .then()
                .statusCode(200)
                .body("providers.code", contains(otherStation, myStation))
                .body("staffTrained", equalTo(10));
        as(official).get("/api/v1/trainings/" + theirs).then().statusCode(404);
        as(official).get("/api/v1/trainings?district=" + other.id).then().statusCode(403);
        as(official).get("/api/v1/trainings/999999999").then().statusCode(404);

        as(funder)
                .get("/api/v1/trainings?district=" + other.id)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) theirs, (int) shared));
        as(funder).get("/api/v1/trainings/" + theirs).then().statusCode(200);
        List<Integer> all = new ArrayList<>();
        int page = 0;
        while (true) {
            var answer =
                    as(funder)
                            .get("/api/v1/trainings?size=500&page=" + page)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            all.addAll(answer.getList("items.id", Integer.class));
            if (all.size() >= answer.getLong("total")) {
                break;
            }
            page++;
        }
        assertThat(all).contains((int) shared, (int) theirs);
    }

    @Test
    void listsNewestFirstByTheDayHeldInPages() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String station = fixtures.provider(district.id, "POLICE", "Nellore PS");
        List<Map<String, Object>> one = List.of(Map.of("providerCode", station, "staffCount", 1));
        long middle = created(admin, event("2002-06-30", one));
        long oldest = created(admin, event("2001-01-01", one));
        long newest = created(admin, event("2003-12-31", one));
        long sameDayLater = created(admin, event("2002-06-30", one));

        as(admin)
                .get("/api/v1/trainings?district=" + district.id)
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        contains((int) newest, (int) sameDayLater, (int) middle, (int) oldest))
                .body(
                        "items.heldOn",
                        contains("2003-12-31", "2002-06-30", "2002-06-30", "2001-01-01"))
                .body("total", equalTo(4));
        as(admin)
                .get("/api/v1/trainings?district=" + district.id + "&size=3&page=1")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) oldest))
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("total", equalTo(4));
        as(admin).get("/api/v1/trainings?size=0").then().statusCode(400);
    }

    private long created(String admin, Map<String, Object> body) {
        return post(admin, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void expect400(String admin, Map<String, Object> body, String field) {
        post(admin, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(field));
    }

    private static ValidatableResponse post(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/trainings").then();
    }

    static Map<String, Object> event(String heldOn, List<Map<String, Object>> attendance) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn);
        body.put("topic", "Survivor-centred investigation");
        body.put("organiser", "State Police Academy");
        body.put("pillar", "PROSECUTE");
        body.put("attendance", attendance);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
