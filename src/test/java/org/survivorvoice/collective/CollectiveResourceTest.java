package org.survivorvoice.collective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * {@code /api/v1/collectives} and enrolment's "identified through": the parent chain is checked
 * level by level and area by area, a membership needs her consent, a peer leader must be an active
 * field worker and lead the collective named at enrolment, members are seen only by admins and the
 * field workers of her district, and every change is audited.
 */
@QuarkusTest
class CollectiveResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void theParentChainIsCheckedLevelByLevelAndAreaByArea() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        long state = district.parent.id;
        long stateCollective =
                create(admin, "State network", "STATE", state, null)
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long regional = id(create(admin, "North region", "REGIONAL", state, stateCollective));
        long districtCollective =
                id(create(admin, "District forum", "DISTRICT", district.id, regional));
        long site = id(create(admin, "Site forum", "SITE", block.id, districtCollective));

        var view = as(admin).get("/api/v1/collectives/" + site).then().statusCode(200).extract();
        assertThat(view.jsonPath().getLong("parentId")).isEqualTo(districtCollective);
        assertThat(view.jsonPath().getLong("districtId")).isEqualTo(district.id);
        assertThat(view.jsonPath().getLong("stateId")).isEqualTo(state);

        // a site's parent must be a district collective, not the state one
        create(admin, "Bad site", "SITE", block.id, stateCollective)
                .statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("parentId"));
        // a district collective's parent in another state
        Area otherDistrict = fixtures.district();
        long otherState = id(create(admin, "Other state", "STATE", otherDistrict.parent.id, null));
        create(admin, "Bad district", "DISTRICT", district.id, otherState).statusCode(400);
        // a site whose district collective is another district's
        long otherDistrictCollective =
                id(create(admin, "Other forum", "DISTRICT", otherDistrict.id, otherState));
        create(admin, "Bad site 2", "SITE", block.id, otherDistrictCollective).statusCode(400);
        // the area must be of the level: a site names a block or gram panchayat, not a district
        create(admin, "Bad area", "SITE", district.id, districtCollective)
                .statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("areaId"));
        // a parent may come later, by PATCH, and is checked the same way
        long orphan = id(create(admin, "Early site", "SITE", block.id, null));
        patch(admin, orphan, Map.of("parentId", regional)).statusCode(400);
        patch(admin, orphan, Map.of("parentId", districtCollective))
                .statusCode(200)
                .body("parentId", org.hamcrest.Matchers.equalTo((int) districtCollective));
        // the same name twice in one area is a conflict
        create(admin, "Site forum", "SITE", block.id, districtCollective).statusCode(409);
        // a parent cannot close while an active collective below names it
        patch(admin, districtCollective, Map.of("active", false)).statusCode(409);
        assertThat(fixtures.auditActions("collective", site)).containsExactly("CREATE");
    }

    @Test
    void aMembershipNeedsHerConsentAndIsSeenOnlyByAdminsAndHerDistrictsFieldWorkers() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String otherWorker = fixtures.user(Roles.FIELDWORKER, other.id);
        long collective = id(create(admin, "Forum", "DISTRICT", district.id, null));
        long survivor = Staff.enrol(worker, district.id, phone());

        member(worker, collective, Map.of("survivorId", survivor)).statusCode(422);
        member(worker, collective, Map.of("survivorId", survivor, "consent", false))
                .statusCode(422);
        assertThat(members(admin, collective).getList("items")).isEmpty();

        member(worker, collective, Map.of("survivorId", survivor, "consent", true))
                .statusCode(201)
                .body("survivorId", org.hamcrest.Matchers.equalTo((int) survivor));
        member(admin, collective, Map.of("survivorId", survivor, "consent", true)).statusCode(409);
        assertThat(members(worker, collective).getList("items.survivorId", Long.class))
                .containsExactly(survivor);
        assertThat(members(admin, collective).getLong("total")).isEqualTo(1);
        assertThat(
                        as(admin)
                                .get("/api/v1/collectives/" + collective)
                                .then()
                                .extract()
                                .jsonPath()
                                .getLong("members"))
                .isEqualTo(1);
        // another district's field worker: as if the collective did not exist
        as(otherWorker)
                .get("/api/v1/collectives/" + collective + "/members")
                .then()
                .statusCode(404);
        member(otherWorker, collective, Map.of("survivorId", survivor, "consent", true))
                .statusCode(404);
        // officials and funders: never
        for (String role : List.of(Roles.OFFICIAL, Roles.FUNDER)) {
            String user = fixtures.user(role, Roles.OFFICIAL.equals(role) ? district.id : null);
            as(user).get("/api/v1/collectives/" + collective + "/members").then().statusCode(403);
            as(user).get("/api/v1/collectives").then().statusCode(403);
        }
        // a survivor of another district cannot join this district's collective
        long stranger = Staff.enrol(admin, other.id, phone());
        member(admin, collective, Map.of("survivorId", stranger, "consent", true)).statusCode(422);

        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .patch("/api/v1/collectives/" + collective + "/members/" + survivor)
                .then()
                .statusCode(200)
                .body("leftOn", org.hamcrest.Matchers.notNullValue());
        assertThat(members(admin, collective).getList("items")).isEmpty();
        assertThat(
                        as(admin)
                                .get("/api/v1/collectives/" + collective + "/members?ended=true")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("items"))
                .hasSize(1);
        assertThat(fixtures.auditActions("collective", collective))
                .contains("MEMBER_ADD", "READ_MEMBERS", "MEMBER_END");
    }

    @Test
    void aPeerLeaderIsAnActiveFieldWorkerAndMustLeadTheCollectiveNamedAtEnrolment() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        long forum = id(create(admin, "Forum", "DISTRICT", district.id, null));
        long site = id(create(admin, "Site", "SITE", block.id, forum));
        String leader = fixtures.user(Roles.FIELDWORKER, district.id);
        String bystander = fixtures.user(Roles.FIELDWORKER, district.id);
        long leaderId = userId(leader);
        long bystanderId = userId(bystander);

        // officials and deactivated field workers cannot lead
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        peerLeader(admin, site, userId(official)).statusCode(400);
        String gone = fixtures.user(Roles.FIELDWORKER, district.id);
        fixtures.deactivate(gone);
        peerLeader(admin, site, userId(gone)).statusCode(400);
        peerLeader(admin, site, leaderId)
                .statusCode(200)
                .body("peerLeaders.username", org.hamcrest.Matchers.contains(leader));

        // named with the collective she leads: recorded
        long through =
                enrol(leader, block.id, site, leaderId)
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        assertThat(identified(through)).containsExactly(site, leaderId);
        assertThat(
                        as(leader)
                                .get("/api/v1/survivors/" + through)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getLong("identifiedThrough.collectiveId"))
                .isEqualTo(site);
        // a field worker who does not lead it: refused, and nothing enrolled
        long before = count();
        enrol(leader, block.id, site, bystanderId)
                .statusCode(400)
                .body(
                        "violations[0].field",
                        org.hamcrest.Matchers.equalTo("identifiedThrough.peerLeaderId"));
        // nor the collective above the one she leads
        enrol(leader, block.id, forum, leaderId).statusCode(400);
        assertThat(count()).isEqualTo(before);
        // named alone: recorded with the collective she leads where the survivor lives
        long alone =
                enrol(leader, block.id, null, leaderId)
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        assertThat(identified(alone)).containsExactly(site, leaderId);
        // a collective alone
        long viaForum =
                enrol(leader, block.id, forum, null)
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        assertThat(identified(viaForum)).containsExactly(forum, null);
        // a collective of another district
        Area other = fixtures.district();
        long otherForum = id(create(admin, "Other", "DISTRICT", other.id, null));
        enrol(leader, block.id, otherForum, null).statusCode(400);

        as(admin)
                .delete("/api/v1/collectives/" + site + "/peer-leaders/" + leaderId)
                .then()
                .statusCode(200)
                .body("peerLeaders", org.hamcrest.Matchers.empty());
        enrol(leader, block.id, site, leaderId).statusCode(400);
        assertThat(fixtures.auditActions("collective", site))
                .contains("PEER_LEADER_ADD", "PEER_LEADER_REMOVE");
    }

    private ValidatableResponse create(
            String admin, String name, String level, long areaId, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("level", level);
        body.put("areaId", areaId);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/collectives")
                .then();
    }

    private static long id(ValidatableResponse created) {
        return created.statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse patch(String admin, long id, Map<String, Object> body) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/v1/collectives/" + id)
                .then();
    }

    private static ValidatableResponse member(String user, long id, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/collectives/" + id + "/members")
                .then();
    }

    private static io.restassured.path.json.JsonPath members(String user, long id) {
        return as(user).get("/api/v1/collectives/" + id + "/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static ValidatableResponse peerLeader(String admin, long id, long userId) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", userId))
                .post("/api/v1/collectives/" + id + "/peer-leaders")
                .then();
    }

    private static ValidatableResponse enrol(
            String user, long areaId, Long collective, Long peerLeader) {
        Map<String, Object> through = new HashMap<>();
        through.put("collectiveId", collective);
        through.put("peerLeaderId", peerLeader);
        return as(user).contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "phone",
                                phone(),
                                "language",
                                "te",
                                "areaId",
                                areaId,
                                "consent",
                                Map.of(
                                        "sms", true,
                                        "ivr", false,
                                        "webLink", true,
                                        "reporting", true),
                                "identifiedThrough",
                                through))
                .post("/api/v1/survivors")
                .then();
    }

    private static List<Long> identified(long survivor) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Survivor s = Survivor.findById(survivor);
                            return java.util.Arrays.asList(
                                    s.identifiedCollectiveId, s.identifiedPeerLeaderId);
                        });
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Survivor.count());
    }

    private static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(username).id);
    }

    private static String phone() {
        return "9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
