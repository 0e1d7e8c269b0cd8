package org.survivorvoice.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.safetydesk.CaseFixtures;
import org.survivorvoice.safetydesk.CaseFixtures.Stored;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.MovableClockProducer;
import org.survivorvoice.testing.MovableClockProfile;
import org.survivorvoice.testing.Staff;

/**
 * The retention purge on safety cases (January 1930, controlled clock): a case closed more than the
 * comments' retention time ago loses its opening text, the phone it came from and its notes, while
 * its status and outcome stay; a case closed more recently, or still open, keeps them.
 */
@QuarkusTest
@TestProfile(MovableClockProfile.class)
class ClosedCaseRetentionTest {

    private static final Instant CLOSED = Instant.parse("1930-01-08T06:00:00Z");

    @Inject Fixtures fixtures;
    @Inject CaseFixtures cases;
    @Inject RetentionService retention;
    @Inject RetentionConfig config;

    @Test
    void aCaseClosedLongerThanTheCommentTimeLosesItsTextPhoneAndNotes() {
        MovableClockProducer.CLOCK.set(CLOSED.minus(Duration.ofDays(2)));
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        long survivor = Staff.enrol(worker, district.id, phone());
        long enrolled = cases.message(survivor, "HELP ME the agent came back", null);
        long unknown = cases.message(null, "help me", "+91" + phone());
        long open = cases.message(survivor, "help me again", null);

        MovableClockProducer.CLOCK.set(CLOSED);
        close(worker, enrolled, "Met her at the shelter");
        close(admin, unknown, "Number rang out three times");
        patch(worker, open, Map.of("note", "Will try tomorrow morning"));

        Instant justBefore = CLOSED.plus(Duration.ofDays(config.commentDays())).minusSeconds(60);
        retention.purge(justBefore);
        assertThat(cases.stored(enrolled))
                .isEqualTo(new Stored(CaseStatus.CLOSED, true, false, 1, null));
        assertThat(cases.stored(unknown))
                .isEqualTo(new Stored(CaseStatus.CLOSED, true, true, 1, null));

        PurgeCounts counts =
                retention.purge(CLOSED.plus(Duration.ofDays(config.commentDays() + 1)));

        assertThat(counts.caseTexts()).isGreaterThanOrEqualTo(2);
        assertThat(counts.caseNotes()).isGreaterThanOrEqualTo(2);
        assertThat(cases.stored(enrolled))
                .isEqualTo(new Stored(CaseStatus.CLOSED, false, false, 0, null));
        assertThat(cases.stored(unknown))
                .isEqualTo(new Stored(CaseStatus.CLOSED, false, false, 0, null));
        assertThat(cases.stored(open)).isEqualTo(new Stored(CaseStatus.OPEN, true, false, 1, null));
        JsonPath detail =
                as(worker)
                        .get("/api/v1/cases/" + enrolled)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(detail.getString("openingText")).isNull();
        assertThat(detail.getList("notes")).isEmpty();
        assertThat(detail.getString("summary.outcome")).isEqualTo("RESOLVED");
        as(admin).post("/api/v1/cases/" + unknown + "/reveal-contact").then().statusCode(422);
        assertThat(
                        retention
                                .purge(CLOSED.plus(Duration.ofDays(config.commentDays() + 1)))
                                .caseTexts())
                .isZero();
    }

    private static void close(String user, long id, String note) {
        patch(user, id, Map.of("status", "CLOSED", "outcome", "RESOLVED", "note", note));
    }

    private static void patch(String user, long id, Map<String, String> body) {
        as(user).contentType(ContentType.JSON)
                .body(body)
                .patch("/api/v1/cases/" + id)
                .then()
                .statusCode(200);
    }

    private static String phone() {
        return "95" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }
}
