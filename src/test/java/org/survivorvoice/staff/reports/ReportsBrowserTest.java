package org.survivorvoice.staff.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.ReportFixtures;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffSessions;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;

/**
 * The funder in headless Chromium (JavaScript off): she signs in, reads the programme summary of a
 * quarter, downloads the funder workbook archived for it with her session, and its SHA-256 is the
 * one the page shows. The page shows no provider below its peers, no comment and no flagged
 * provider that has not been verified. Screenshots in English and Bengali; the page with its
 * stylesheet stays under 100 KB. Quarter 1961-Q1: no other test scores it.
 */
@QuarkusTest
class ReportsBrowserTest {

    private static final String PERIOD = "1961-Q1";
    private static final String COMMENT = "Inspector Das at the desk laughed at me";
    private static final long PAGE_LIMIT = 100 * 1024;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject ReportFixtures reportFixtures;
    @Inject ScoringService scoring;
    @Inject StaffSessions sessions;

    @Test
    void funderDownloadsTheArchivedWorkbookWhoseChecksumThePageShows() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Funderganj thana " + i);
            fixtures.ratings(code, PERIOD, 28 + i % 3, 12 - i % 3);
        }
        String worse = fixtures.provider(district.id, "POLICE", "Funderganj thana worse");
        fixtures.ratings(worse, PERIOD, 8, 32);
        reportFixtures.comment(worse, PERIOD, COMMENT);
        scoring.refresh(Quarter.parse(PERIOD));
        long reportId = archivedFunderWorkbook(fixtures.user(Roles.ADMIN, null));
        String funder = fixtures.user(Roles.FUNDER, null);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, funder);
            for (String lang : List.of("en", "bn")) {
                browser.get(url("/staff/reports?period=" + PERIOD + "&lang=" + lang));
                assertThat(browser.findElement(By.id("summary")).getText()).endsWith(PERIOD);
                assertThat(
                                new Select(browser.findElement(By.id("period")))
                                        .getFirstSelectedOption()
                                        .getText())
                        .isEqualTo(PERIOD);
                assertThat(browser.findElement(By.cssSelector("#summary + p")).getText())
                        .contains("1960-Q2 – 1961-Q1")
                        .doesNotContain(" to ");
                PageScreenshots.take(browser, "funder-reports-" + lang + ".png");
            }

            browser.get(url("/staff/reports?period=" + PERIOD + "&lang=en"));
            String page = browser.getPageSource();
            assertThat(page)
                    .contains("Funder edition")
                    .doesNotContain("Funderganj thana worse")
                    .doesNotContain(worse)
                    .doesNotContain(COMMENT)
                    .doesNotContain("Significantly below");
            assertThat(browser.findElements(By.cssSelector(".band-below"))).isEmpty();
            assertThat(bandNames(browser)).doesNotContain("Below", "Significantly below");
            assertThat(underReview(page)).isGreaterThanOrEqualTo(1);
            assertThat(browser.findElements(By.cssSelector("form[action='/staff/reports/order']")))
                    .isEmpty();

            String href = "/staff/reports/" + reportId + "/download";
            WebElement row =
                    browser.findElement(By.xpath("//a[@href='" + href + "']/ancestor::tr"));
            String shown = row.findElement(By.cssSelector("code.sha256")).getText();
            assertThat(shown).matches("[0-9a-f]{64}");
            assertThat(row.getText()).contains(PERIOD, "Funder edition");

            String link = row.findElement(By.cssSelector("a.download")).getAttribute("href");
            Response download = session(browser).get(link.replaceFirst("^https?://[^/]+", ""));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.header("Content-Disposition")).contains("funder");
            byte[] bytes = download.asByteArray();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(shown);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
            }

            assertUnderLimit(browser, "/staff/reports?period=" + PERIOD + "&lang=en");
            assertUnderLimit(browser, "/staff/reports?period=" + PERIOD + "&lang=bn");
        } finally {
            browser.quit();
        }
    }

    /** The admin orders the funder edition of the quarter through the API; its archived id. */
    private static long archivedFunderWorkbook(String admin) throws InterruptedException {
        String jobPath =
                as(admin)
                        .post("/api/v1/reports?period=" + PERIOD + "&audience=FUNDER")
                        .then()
                        .statusCode(202)
                        .extract()
                        .header("Location")
                        .replaceFirst("^https?://[^/]+", "");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            var job = as(admin).get(jobPath).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            assertThat(status).isNotEqualTo("FAILED");
            if ("DONE".equals(status)) {
                return job.getLong("reportId");
            }
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(300);
        }
    }

    /** Requests with the browser's session cookie, as the signed-in funder. */
    private RequestSpecification session(ChromeDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed(sessions.cookieName());
        assertThat(cookie).as("session cookie " + sessions.cookieName()).isNotNull();
        return given().redirects().follow(false).cookie(cookie.getName(), cookie.getValue());
    }

    private static List<String> bandNames(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("table.bands tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
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

    /** The page and its stylesheets, as bytes on the wire with the session, under 100 KB. */
    private void assertUnderLimit(ChromeDriver browser, String path) {
        String html = session(browser).get(path).then().statusCode(200).extract().asString();
        long total = html.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder parts = new StringBuilder(path + ": html " + total);
        Matcher assets =
                Pattern.compile("(?:href|src)=\"(/(?:web|staff)/[^\"]+\\.(?:css|png)[^\"]*)\"")
                        .matcher(html);
        while (assets.find()) {
            String asset = assets.group(1).replace("&amp;", "&");
            long size =
                    session(browser)
                            .get(asset)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray()
                            .length;
            parts.append(", ").append(asset).append(' ').append(size);
            total += size;
        }
        System.out.println("page weight " + parts + " = " + total + " bytes");
        assertThat(parts.toString()).contains("/web/staff.css");
        assertThat(total).as(parts.toString()).isLessThan(PAGE_LIMIT);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
