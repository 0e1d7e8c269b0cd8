package org.survivorvoice.staff.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.reports.data.ReportFixtures;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The district official's pages against the embedded database: what each role sees, what an edited
 * URL gets, comments only past the suppression gate, rank intervals and never a point rank, and the
 * district workbook from order to download. Each test scores its own quarter in a state of its own.
 * A workbook scores (and freezes) the six quarters up to its own, so the workbook tests (here and
 * in DistrictPagesBrowserTest) use quarters that no other test of the suite scores or falls within.
 */
@QuarkusTest
class DistrictPagesTest {

    /** "rank 3-11 of 40" and its translations print both ends joined by a dash. */
    private static final Pattern RANK_INTERVAL = Pattern.compile("rank (\\d+)-(\\d+) of (\\d+)");

    /** Forms of a point rank that must never appear: "#1", "rank 3 of", "No. 1". */
    private static final Pattern POINT_RANK =
            Pattern.compile("#\\s?\\d|rank \\d+ of|\\bNo\\.\\s?\\d|\\b\\d+(st|nd|rd|th) of\\b");

    /** What a dimension's cell says when its own answers are under the suppression gate. */
    private static final String NOT_SHOWN = "not shown (fewer than 11 answers)";

    /** A row of the dimension table: its label and its cell. */
    private static final Pattern DIMENSION_ROW =
            Pattern.compile("<tr><th>([^<]+)</th><td[^>]*>([^<]*)</td></tr>");

    @Inject Fixtures fixtures;
    @Inject ReportFixtures reportFixtures;
    @Inject DistrictFixtures districtFixtures;

    /** Twelve police stations: ten ordinary, one clearly worse, one under the gate. */
    record Programme(Area district, List<String> codes, String worse, String small) {}

    private Programme programme(String period) {
        Area district = fixtures.district();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, period, 28 + i % 3, 12 - i % 3);
            codes.add(code);
        }
        String worse = fixtures.provider(district.id, "POLICE", "Thana worse");
        fixtures.ratings(worse, period, 8, 32);
        String small = fixtures.provider(district.id, "POLICE", "Thana small");
        fixtures.ratings(small, period, 5, 2);
        return new Programme(district, codes, worse, small);
    }

    private void score(String period) {
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + period).then().statusCode(200);
    }

    @Test
    void officialSeesHerProvidersByBandWithRankIntervalsAndNoPointRank() {
        Programme p = programme("1996-Q1");
        score("1996-Q1");
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);

        Response page = StaffPageClient.as(official).get("/staff/district?period=1996-Q1");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains(p.district().name, "Thana worse", "Thana 0");
        assertThat(html).doesNotContain("Thana small");
        assertThat(html).contains("Below the expected range", "Within the expected range");
        // the worse station is listed under "below", after the heading of its band
        assertThat(html.indexOf("Thana worse"))
                .isGreaterThan(html.indexOf("<h3 class=\"band-below\">"));
        assertThat(html).contains("Providers not shown (fewer than 11 ratings): 1");
        // the method line: a whole prior weight without a trailing ".0"
        assertThat(html).containsPattern("Prior weight m = \\d+(\\.[1-9])?\\.");
        List<int[]> ranks = ranks(html);
        assertThat(ranks).hasSize(11);
        assertThat(ranks).allSatisfy(r -> assertThat(r[0]).isBetween(1, r[1]));
        assertThat(ranks).allSatisfy(r -> assertThat(r[2]).isEqualTo(11));
        assertThat(pointRanks(html)).as("point ranks").isEmpty();
        assertThat(html).contains("/staff/district/charts/funnel.png?district=" + p.district().id);
        assertThat(html)
                .containsPattern(
                        "<img src=\"/staff/district/charts/caterpillar.png[^>]+alt=\"[^\"]{20,}\"");
        assertThat(html).contains("name=\"csrf\"", "action=\"/staff/district/workbook\"");

        Response funnel =
                StaffPageClient.as(official)
                        .get(
                                "/staff/district/charts/funnel.png?period=1996-Q1&category=POLICE&district="
                                        + p.district().id);
        assertThat(funnel.statusCode()).isEqualTo(200);
        assertThat(funnel.contentType()).startsWith("image/png");
    }

    @Test
    void aProviderPageShowsTrendDimensionsRankIntervalAndRedactedComments() {
        Programme p = programme("1996-Q2");
        String commented = p.codes().get(0);
        reportFixtures.comment(commented, "1996-Q2", "Anita at Thana 0 helped, call 9876543210");
        reportFixtures.comment(p.small(), "1996-Q2", "Small station secret remark");
        score("1996-Q2");
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);

        String past =
                StaffPageClient.as(official)
                        .get("/staff/providers/" + commented + "?period=1996-Q2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(past).contains("Thana 0", "Treated with dignity", "trend.png");
        // the one commented rating is the only one answering the dimensions: none is shown
        assertThat(dimensions(past))
                .containsOnly(
                        Map.entry("Treated with dignity", NOT_SHOWN),
                        Map.entry("Listened to", NOT_SHOWN),
                        Map.entry("Timeliness", NOT_SHOWN),
                        Map.entry("Outcome", NOT_SHOWN));
        assertThat(past).contains("[number]").doesNotContain("9876543210").doesNotContain("Anita");
        assertThat(ranks(past)).hasSize(1);
        assertThat(pointRanks(past)).as("point ranks").isEmpty();

        String under =
                StaffPageClient.as(official)
                        .get("/staff/providers/" + p.small() + "?period=1996-Q2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(under).contains("Fewer than 11 ratings");
        assertThat(under).doesNotContain("secret remark").doesNotContain("Treated with dignity");
        assertThat(ranks(under)).isEmpty();
    }

    @Test
    void aDimensionAnsweredByFewerThanElevenRatingsShowsNoScoreOnThePageOrInTheApi() {
        Programme p = programme("1997-Q1");
        String provider = p.codes().get(0);
        // dignity: 10 answers, under the gate although the provider has 51 ratings;
        // listened: 11 answers (6 fives, 5 fours: mean 4.55, 88.6 %, published as 90)
        districtFixtures.answered(
                provider, "1997-Q1", new RatingAnswers(5, 5, 5, null, null, null), 6);
        districtFixtures.answered(
                provider, "1997-Q1", new RatingAnswers(5, 5, 4, null, null, null), 4);
        districtFixtures.answered(
                provider, "1997-Q1", new RatingAnswers(4, null, 4, null, null, null), 1);
        score("1997-Q1");
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);

        String page =
                StaffPageClient.as(official)
                        .get("/staff/providers/" + provider + "?period=1997-Q1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();

        // past the suppression gate: scored, with its rank interval
        assertThat(ranks(page)).hasSize(1);
        assertThat(dimensions(page))
                .containsOnly(
                        Map.entry("Treated with dignity", NOT_SHOWN),
                        Map.entry("Listened to", "90"),
                        Map.entry("Timeliness", NOT_SHOWN),
                        Map.entry("Outcome", NOT_SHOWN));
        // the API publishes no dimension score at all, neither in the list nor in the trend
        for (String path :
                List.of(
                        "/api/v1/scores?period=1997-Q1&category=POLICE",
                        "/api/v1/scores/" + provider + "/trend")) {
            String json = as(official).get(path).then().statusCode(200).extract().asString();
            assertThat(json).as(path).contains("\"score\"");
            assertThat(json.toLowerCase(java.util.Locale.ROOT))
                    .as(path)
                    .doesNotContain("dignity", "listened", "timeliness", "dimension");
        }
    }

    @Test
    void anOfficialEditingTheUrlGets403ForAnotherDistrictAnd404ForItsProvider() {
        Programme own = programme("1996-Q3");
        Programme other = programme("1996-Q3");
        score("1996-Q3");
        String official = fixtures.user(Roles.OFFICIAL, own.district().id);
        StaffPageClient client = StaffPageClient.as(official);

        assertThat(
                        client.get("/staff/district?period=1996-Q3&district=" + other.district().id)
                                .statusCode())
                .isEqualTo(403);
        assertThat(client.get("/staff/providers/" + other.codes().get(0)).statusCode())
                .isEqualTo(404);
        assertThat(
                        client.get("/staff/providers/" + other.codes().get(0) + "/trend.png")
                                .statusCode())
                .isEqualTo(404);
        assertThat(
                        client.get(
                                        "/staff/district/charts/funnel.png?period=1996-Q3&category=POLICE&district="
                                                + other.district().id)
                                .statusCode())
                .isEqualTo(403);
        assertThat(
                        client.postForm(
                                        "/staff/district/workbook",
                                        Map.of(
                                                "period",
                                                "1996-Q3",
                                                "district",
                                                String.valueOf(other.district().id)))
                                .statusCode())
                .isEqualTo(403);
        // a POST without the CSRF field is refused
        assertThat(
                        as(official)
                                .contentType("application/x-www-form-urlencoded")
                                .formParam("period", "1996-Q3")
                                .post("/staff/district/workbook")
                                .statusCode())
                .isEqualTo(403);

        String admin = fixtures.user(Roles.ADMIN, null);
        String chooser = StaffPageClient.as(admin).get("/staff/district").asString();
        assertThat(chooser).contains("<select", own.district().name, other.district().name);
        String adminPage =
                StaffPageClient.as(admin)
                        .get("/staff/district?period=1996-Q3&district=" + other.district().id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(adminPage).contains(other.district().name, "Thana worse");
        StaffPageClient.as(admin)
                .get("/staff/providers/" + other.codes().get(0) + "?period=1996-Q3")
                .then()
                .statusCode(200);
    }

    @Test
    void aFunderAndAFieldWorkerCannotOpenThesePages() {
        Programme p = programme("1996-Q4");
        score("1996-Q4");
        for (String role : List.of(Roles.FUNDER, Roles.FIELDWORKER)) {
            StaffPageClient client = StaffPageClient.as(fixtures.user(role, null));
            assertThat(client.get("/staff/district?district=" + p.district().id).statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(client.get("/staff/providers/" + p.worse()).statusCode())
                    .as(role)
                    .isEqualTo(403);
            assertThat(client.get("/staff/providers/" + p.worse() + "/trend.png").statusCode())
                    .as(role)
                    .isEqualTo(403);
        }
    }

    @Test
    void theDistrictWorkbookIsOrderedFollowedAndDownloadedByItsOfficialOnly() throws Exception {
        Programme p = programme("1999-Q4");
        score("1999-Q4");
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);
        StaffPageClient client = StaffPageClient.as(official);

        Response ordered =
                client.postForm(
                        "/staff/district/workbook",
                        Map.of("period", "1999-Q4", "district", String.valueOf(p.district().id)));
        assertThat(ordered.statusCode()).isEqualTo(303);
        String jobPath = ordered.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(jobPath).matches("/staff/district/workbook/jobs/\\d+");

        String done = awaitDone(client, jobPath);
        Matcher link =
                Pattern.compile("href=\"(/staff/district/workbook/reports/\\d+)\"").matcher(done);
        assertThat(link.find()).isTrue();
        assertThat(done).doesNotContain("http-equiv=\"refresh\"");
        Response download = client.get(link.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.header("X-Content-SHA256")).hasSize(64);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(download.asByteArray()))) {
            assertThat(workbook.getSheet("Providers")).isNotNull();
        }

        Programme other = programme("1999-Q4");
        StaffPageClient otherOfficial =
                StaffPageClient.as(fixtures.user(Roles.OFFICIAL, other.district().id));
        assertThat(otherOfficial.get(jobPath).statusCode()).isEqualTo(404);
        assertThat(otherOfficial.get(link.group(1)).statusCode()).isEqualTo(404);
    }

    /** Polls the job page as the browser's refresh would, until it stops refreshing. */
    static String awaitDone(StaffPageClient client, String jobPath) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Response job = client.get(jobPath);
            assertThat(job.statusCode()).isEqualTo(200);
            String html = job.asString();
            if (!html.contains("http-equiv=\"refresh\"")) {
                return html;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the workbook job did not finish in 90 s");
    }

    /** The dimension table of a provider page: label to cell text, in page order. */
    static Map<String, String> dimensions(String html) {
        int start = html.indexOf("Dimension scores");
        assertThat(start).as("dimension table").isNotNegative();
        String table = html.substring(start, html.indexOf("</table>", start));
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        Matcher m = DIMENSION_ROW.matcher(table);
        while (m.find()) {
            cells.put(m.group(1), m.group(2));
        }
        return cells;
    }

    /** Every text of the page that reads as a point rank. */
    static List<String> pointRanks(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = POINT_RANK.matcher(html.replaceAll("<[^>]*>|&#\\d+;", " "));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Every rank interval of a page as {low, high, of}. */
    static List<int[]> ranks(String html) {
        List<int[]> ranks = new ArrayList<>();
        Matcher m = RANK_INTERVAL.matcher(html);
        while (m.find()) {
            ranks.add(
                    new int[] {
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))
                    });
        }
        return ranks;
    }
}
