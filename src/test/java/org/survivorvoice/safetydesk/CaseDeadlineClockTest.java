package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.MovableClockProducer;
import org.survivorvoice.testing.MovableClockProfile;
import org.survivorvoice.testing.Staff;

/**
 * The 72-hour deadline on a controlled clock (March 1929): a case opened at T is not overdue at
 * T+71h and is at T+73h, in the list and the detail; the escalation at T+73h escalates it once and
 * a second run changes nothing; a case contacted at T+10h is never overdue nor escalated.
 */
@QuarkusTest
@TestProfile(MovableClockProfile.class)
class CaseDeadlineClockTest {

    private static final Instant T = Instant.parse("1929-03-04T05:30:00Z");

    @Inject Fixtures fixtures;
    @Inject CaseFixtures cases;
    @Inject CaseEscalationService escalation;

    @Test
    void anOpenCaseIsOverdueAfterSeventyTwoHoursAndEscalatedOnce() {
        MovableClockProducer.CLOCK.set(T);
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        long survivor = Staff.enrol(worker, district.id, phone());
        long late = cases.message(survivor, "HELP ME they took my papers", null);
        long reached = cases.message(survivor, "help me please", null);

        MovableClockProducer.CLOCK.set(T.plus(Duration.ofHours(10)));
        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CONTACTED"))
                .patch("/api/v1/cases/" + reached)
                .then()
                .statusCode(200);

        MovableClockProducer.CLOCK.set(T.plus(Duration.ofHours(71)));
        assertThat(overdue(worker, late)).isFalse();
        assertThat(detailOverdue(worker, late)).isFalse();
        assertThat(overdueIds(worker)).isEmpty();
        assertThat(escalation.escalate(T.plus(Duration.ofHours(71))).escalated())
                .doesNotContain(late, reached);

        Instant past = T.plus(Duration.ofHours(73));
        MovableClockProducer.CLOCK.set(past);
        assertThat(overdue(worker, late)).isTrue();
        assertThat(detailOverdue(worker, late)).isTrue();
        assertThat(overdue(worker, reached)).isFalse();
        assertThat(overdueIds(worker)).containsExactly(late);

        CaseEscalation first;
        try (CapturedLog log = CapturedLog.install()) {
            first = escalation.escalate(past);
            assertThat(log.text())
                    .contains("Safety desk escalation: " + first.count() + " overdue case(s)")
                    .doesNotContain("took my papers");
        }
        assertThat(first.escalated()).contains(late).doesNotContain(reached);
        CaseEscalation second = escalation.escalate(past);
        assertThat(second.escalated()).isEmpty();
        assertThat(cases.stored(late).escalatedAt()).isEqualTo(past);
        assertThat(fixtures.auditActions("safety_case", late))
                .containsExactly(
                        "SAFETY_CASE_OPENED",
                        "SAFETY_CASE_VIEWED",
                        "SAFETY_CASE_VIEWED",
                        "SAFETY_CASE_ESCALATED");
        assertThat(cases.auditRows(late).get(3)).isEqualTo("system SAFETY_CASE_ESCALATED null");

        JsonPath list = as(worker).get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.id", Long.class)).containsExactly(late, reached);
        assertThat(list.getList("items.escalated", Boolean.class)).containsExactly(true, false);

        JsonPath all =
                as(admin).get("/api/v1/cases?size=500").then().statusCode(200).extract().jsonPath();
        List<Boolean> flags = all.getList("items.overdue", Boolean.class);
        List<Long> ids = all.getList("items.id", Long.class);
        int firstOnTime = flags.contains(false) ? flags.indexOf(false) : flags.size();
        assertThat(flags.subList(firstOnTime, flags.size()))
                .as("overdue cases lead")
                .containsOnly(false);
        assertThat(ids.indexOf(late)).isBetween(0, firstOnTime - 1);

        MovableClockProducer.CLOCK.set(T.plus(Duration.ofDays(30)));
        assertThat(overdue(worker, reached)).isFalse();
        assertThat(escalation.escalate(T.plus(Duration.ofDays(30))).escalated())
                .doesNotContain(reached);
        assertThat(cases.stored(reached).escalatedAt()).isNull();
    }

    private static boolean overdue(String user, long id) {
        JsonPath list = as(user).get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
        List<Long> ids = list.getList("items.id", Long.class);
        assertThat(ids).contains(id);
        return list.getBoolean("items[" + ids.indexOf(id) + "].overdue");
    }

    private static boolean detailOverdue(String user, long id) {
        return as(user).get("/api/v1/cases/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getBoolean("summary.overdue");
    }

    private static List<Long> overdueIds(String user) {
        return as(user).get("/api/v1/cases?overdue=true")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }

    private static String phone() {
        return "96" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }
}
