package org.survivorvoice.staff.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.ReportFixtures;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * {@code /staff/reports} per role. Each test uses quarters of its own (1962-1963: no other test
 * scores them, and a released quarter is frozen by its first refresh).
 */
@QuarkusTest
class ReportsPageTest {

    private static final String COMMENT = "Shri Mohan at the thana shouted";

    @Inject Fixtures fixtures;
    @Inject ReportFixtures reportFixtures;
    @Inject ScoringService scoring;

    /** Ordinary police stations, one clearly worse (flagged, never reviewed) with a comment. */
    private Area programme(String period, String prefix) {
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", prefix + " thana " + i);
            fixtures.ratings(code, period, 28 + i % 3, 12 - i % 3);
        }
        String worse = fixtures.provider(district.id, "POLICE", prefix + " thana worse");
        fixtures.ratings(worse, period, 8, 32);
        reportFixtures.comment(worse, period, COMMENT);
        scoring.refresh(Quarter.parse(period));
        return district;
    }

    @Test
    void funderSeesNoBelowBandNoCommentAndNoUnnamedFlaggedProvider() {
        Area district = programme("1962-Q1", "Fundertola");
        String funder = fixtures.user(Roles.FUNDER, null);
        String official = fixtures.user(Roles.OFFICIAL, district.id);

        var funderPage = StaffPageClient.as(funder).get("/staff/reports?period=1962-Q1");
        assertThat(funderPage.statusCode()).isEqualTo(200);
        String html = funderPage.asString();
        assertThat(html)
                .contains("Programme summary 1962-Q1")
                .contains("Funder edition")
                .doesNotContain("Fundertola thana worse")
                .doesNotContain(COMMENT)
                .doesNotContain("band-below")
                .doesNotContain("Significantly below")
                // a funder orders nothing here
                .doesNotContain("action=\"/staff/reports/order\"");
        assertThat(underReview(html)).isGreaterThanOrEqualTo(1);

        // the official of the district sees the flag the funder may not
        String officialPage =
                StaffPageClient.as(official).get("/staff/reports?period=1962-Q1").asString();
        assertThat(officialPage)
                .contains("Fundertola thana worse")
                .contains("band-below")
                .doesNotContain(COMMENT)
                .contains("action=\"/staff/reports/order\"");
    }

    @Test
    void eachRoleOpensTheReportsPageAndFieldWorkersDoNot() {
        long district = fixtures.district().id;
        for (String role : new String[] {Roles.FUNDER, Roles.ADMIN, Roles.OFFICIAL}) {
            String user = fixtures.user(role, role.equals(Roles.OFFICIAL) ? district : null);
            assertThat(StaffPageClient.as(user).get("/staff/reports").statusCode())
                    .as(role)
                    .isEqualTo(200);
        }
        String fieldworker = fixtures.user(Roles.FIELDWORKER, district);
        assertThat(StaffPageClient.as(fieldworker).get("/staff/reports").statusCode())
                .isEqualTo(403);
        String funder = fixtures.user(Roles.FUNDER, null);
        assertThat(
                        StaffPageClient.as(funder)
                                .postForm("/staff/reports/order", Map.of("period", "1962-Q1"))
                                .statusCode())
                .isEqualTo(403);
    }

    @Test
    void officialOrdersHerWorkbookFollowsTheJobAndTheChecksumMatchesTheDownload() throws Exception {
        Area district = programme("1962-Q3", "Ordertola");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        var ordered =
                StaffPageClient.as(official)
                        .postForm(
                                "/staff/reports/order",
                                Map.of("period", "1962-Q3", "audience", "OFFICIAL"));
        assertThat(ordered.statusCode()).isEqualTo(303);
        String jobPath = ordered.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(jobPath).startsWith("/staff/reports/jobs/");

        String job = StaffPageClient.as(official).get(jobPath).asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!job.contains("/download") && Instant.now().isBefore(deadline)) {
            assertThat(job).contains("http-equiv=\"refresh\"");
            Thread.sleep(300);
            job = StaffPageClient.as(official).get(jobPath).asString();
        }
        assertThat(job).contains("/download").doesNotContain("http-equiv=\"refresh\"");

        String page = StaffPageClient.as(official).get("/staff/reports?period=1962-Q3").asString();
        Matcher row =
                Pattern.compile(
                                "<code class=\"sha256\">([0-9a-f]{64})</code></td>\\s*<td><a"
                                    + " class=\"download\" href=\"(/staff/reports/\\d+/download)\"")
                        .matcher(page);
        assertThat(row.find()).isTrue();
        var download = StaffPageClient.as(official).get(row.group(2));
        assertThat(download.statusCode()).isEqualTo(200);
        String sha256 =
                HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(download.asByteArray()));
        assertThat(sha256).isEqualTo(row.group(1)).isEqualTo(download.header("X-Content-SHA256"));

        // another official cannot download it
        String other = fixtures.user(Roles.OFFICIAL, fixtures.district().id);
        assertThat(StaffPageClient.as(other).get(row.group(2)).statusCode()).isEqualTo(404);
    }

    @Test
    void aQuarterNotYetReleasedIsNotSummarised() {
        String funder = fixtures.user(Roles.FUNDER, null);
        var response = StaffPageClient.as(funder).get("/staff/reports?period=2093-Q1");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("not released yet");
    }

    private static long underReview(String html) {
        Matcher m =
                Pattern.compile(
                                "Flagged, under field review \\(not named\\)</td><td"
                                        + " class=\"num\">(\\d+)<")
                        .matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
