package org.survivorvoice.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.MovableClockProducer;
import org.survivorvoice.testing.MovableClockProfile;
import org.survivorvoice.testing.StaffPageClient;

/**
 * SAFETY S3 with the clock in hand: one second before 1947-Q2's release moment (30 days, the
 * documented delay, after the start of 1 July 1947 in Kolkata) no funder or official sees anything
 * of that quarter, through the scores API, the charts, a workbook, or the staff pages; at the
 * moment itself they do. The moment is computed here from SCORING.md's rule, not read from the
 * configuration, so a delay set to 0 releases the quarter a month early and every "before" check
 * fails.
 */
@QuarkusTest
@TestProfile(MovableClockProfile.class)
class ReleaseDelayTest {

    private static final Quarter QUARTER = Quarter.parse("1947-Q2");
    private static final Instant RELEASE =
            LocalDate.of(1947, 7, 1)
                    .atStartOfDay(ZoneId.of("Asia/Kolkata"))
                    .toInstant()
                    .plus(Duration.ofDays(30));
    private static final Instant JUST_BEFORE = RELEASE.minusSeconds(1);

    @Inject Fixtures fixtures;
    @Inject ReleaseCalendar releases;

    private static Area district;
    private static String provider;
    private static String funder;
    private static String official;
    private static String admin;

    @BeforeEach
    void tenProvidersRatedInTheQuarter() {
        MovableClockProducer.CLOCK.set(JUST_BEFORE);
        if (district != null) {
            return;
        }
        Area inDistrict = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(inDistrict.id, "POLICE", "Release Thana " + i);
            fixtures.ratings(code, QUARTER.toString(), 28 + i % 3, 12 - i % 3);
            provider = code;
        }
        funder = fixtures.user(Roles.FUNDER, null);
        official = fixtures.user(Roles.OFFICIAL, inDistrict.id);
        admin = fixtures.user(Roles.ADMIN, null);
        // an admin computes the quarter before its release (admins see unreleased results)
        as(admin).post("/api/v1/scores/refresh?period=" + QUARTER).then().statusCode(200);
        district = inDistrict;
    }

    @Test
    void theCalendarReleasesTheQuarterAtItsMomentAndNotASecondEarlier() {
        MovableClockProducer.CLOCK.set(JUST_BEFORE);
        assertThat(releases.isReleased(QUARTER)).isFalse();
        // the quarterly workbook schedule and every page default to the previous quarter
        assertThat(releases.latestReleased()).isEqualTo(QUARTER.previous());

        MovableClockProducer.CLOCK.set(RELEASE);
        assertThat(releases.isReleased(QUARTER)).isTrue();
        assertThat(releases.latestReleased()).isEqualTo(QUARTER);
    }

    @Test
    void theScoresApiShowsFundersAndOfficialsTheQuarterOnlyOnceReleased() {
        String scores = "/api/v1/scores?period=" + QUARTER + "&district=" + district.id;
        MovableClockProducer.CLOCK.set(JUST_BEFORE);
        as(funder).get(scores).then().statusCode(404);
        as(official).get(scores).then().statusCode(404);
        // the default period is the previous quarter, where these providers have no score
        as(funder)
                .get("/api/v1/scores?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(admin).get(scores).then().statusCode(200).body("total", equalTo(10));

        MovableClockProducer.CLOCK.set(RELEASE);
        as(funder).get(scores).then().statusCode(200).body("total", equalTo(10));
        as(official)
                .get(scores)
                .then()
                .statusCode(200)
                .body("items.providerCode", hasItem(provider));
        as(funder)
                .get("/api/v1/scores?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(10));
    }

    @Test
    void theChartsDrawTheQuarterOnlyOnceReleased() {
        String[] charts = {
            "/api/v1/charts/funnel.png?category=POLICE&period=" + QUARTER,
            "/api/v1/charts/caterpillar.png?category=POLICE&period=" + QUARTER,
            "/api/v1/charts/categories.png?period=" + QUARTER,
            "/api/v1/charts/channels.png?period=" + QUARTER
        };
        MovableClockProducer.CLOCK.set(JUST_BEFORE);
        for (String chart : charts) {
            for (String viewer : new String[] {funder, official}) {
                as(viewer).get(chart + "&district=" + district.id).then().statusCode(404);
            }
        }
        assertThat(trendPeriods()).doesNotContain(QUARTER.toString());

        MovableClockProducer.CLOCK.set(RELEASE);
        for (String chart : charts) {
            for (String viewer : new String[] {funder, official}) {
                as(viewer)
                        .get(chart + "&district=" + district.id)
                        .then()
                        .statusCode(200)
                        .contentType("image/png");
            }
        }
        assertThat(trendPeriods()).contains(QUARTER.toString());
    }

    @Test
    void aWorkbookOfTheQuarterIsRefusedUntilReleased() {
        String funderWorkbook = "/api/v1/reports?audience=FUNDER&period=" + QUARTER;
        String districtWorkbook =
                "/api/v1/reports?audience=OFFICIAL&district=" + district.id + "&period=" + QUARTER;
        MovableClockProducer.CLOCK.set(JUST_BEFORE);
        as(funder).post(funderWorkbook).then().statusCode(422);
        as(official).post(districtWorkbook).then().statusCode(422);

        MovableClockProducer.CLOCK.set(RELEASE);
        assertThat(finished(as(funder).post(funderWorkbook), funder)).isEqualTo("DONE");
        assertThat(finished(as(official).post(districtWorkbook), official)).isEqualTo("DONE");
    }

    /** Follows an accepted report job until it has ended; its final status. */
    private static String finished(Response accepted, String user) {
        assertThat(accepted.statusCode()).isEqualTo(202);
        String job = accepted.header("Location");
        for (int i = 0; i < 600; i++) {
            String status = as(user).get(job).then().statusCode(200).extract().path("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("report job " + job + " did not end in a minute");
    }

    @Test
    void theStaffPagesShowTheQuarterOnlyOnceReleased() {
        StaffPageClient funderPages = StaffPageClient.as(funder);
        StaffPageClient officialPages = StaffPageClient.as(official);
        MovableClockProducer.CLOCK.set(JUST_BEFORE);
        assertThat(funderPages.get("/staff/reports?period=" + QUARTER).statusCode()).isEqualTo(422);
        Response reports = funderPages.get("/staff/reports");
        assertThat(reports.statusCode()).isEqualTo(200);
        assertThat(reports.body().asString()).doesNotContain(QUARTER.toString());
        Response latest = officialPages.get("/staff/district");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.body().asString())
                .doesNotContain("Release Thana")
                .doesNotContain(QUARTER.toString());

        MovableClockProducer.CLOCK.set(RELEASE);
        assertThat(funderPages.get("/staff/reports?period=" + QUARTER).statusCode()).isEqualTo(200);
        assertThat(funderPages.get("/staff/reports").body().asString())
                .contains(QUARTER.toString());
        Response released = officialPages.get("/staff/district");
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(released.body().asString()).contains("Release Thana");
    }

    /** The quarters of the provider's trend as its district's official reads it. */
    private static List<String> trendPeriods() {
        return as(official)
                .get("/api/v1/scores/" + provider + "/trend")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("period", String.class);
    }
}
