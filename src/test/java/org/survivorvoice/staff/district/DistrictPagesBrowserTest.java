package org.survivorvoice.staff.district;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.reports.data.ReportFixtures;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;

/**
 * The official in headless Chromium (JavaScript off), signed in through the real /login page: her
 * district page, a provider, the district workbook ordered, followed and downloaded with her
 * session cookie; screenshots in English and Bengali, and every page with its stylesheets and
 * charts under 100 KB.
 */
@QuarkusTest
class DistrictPagesBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final long PAGE_LIMIT = 100 * 1024;

    /** The session cookie of /login (the test profile sends Secure cookies, hence __Host-). */
    private static final String SESSION_COOKIE = "__Host-sv_session";

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject ReportFixtures reportFixtures;
    @Inject DistrictFixtures districtFixtures;

    @Test
    void officialOpensHerDistrictAProviderAndDownloadsTheWorkbook() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        String period = "2002-Q2";
        Area district = fixtures.district();
        String first = null;
        for (int i = 0; i < 14; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + (char) ('A' + i));
            fixtures.ratings(code, period, 18 + i * 2, 14 - i % 5);
            first = first == null ? code : first;
        }
        for (int i = 0; i < 6; i++) {
            String code = fixtures.provider(district.id, "HOSPITAL", "Hospital " + (i + 1));
            fixtures.ratings(code, period, 20 + i * 3, 8);
        }
        String small = fixtures.provider(district.id, "HOSPITAL", "Hospital small");
        fixtures.ratings(small, period, 4, 2);
        reportFixtures.comment(first, period, "The officer at the desk listened to me.");
        // dignity and listened answered 13 times with the comment (shown); timeliness and
        // outcome only by the comment (not shown: fewer than 11 answers)
        districtFixtures.answered(first, period, new RatingAnswers(5, 5, 4, null, null, null), 12);
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + period).then().statusCode(200);
        String official = fixtures.user(Roles.OFFICIAL, district.id);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, official);
            Cookie session = browser.manage().getCookieNamed(SESSION_COOKIE);
            assertThat(session).as("session cookie after sign-in").isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            for (String lang : List.of("en", "bn")) {
                browser.get(url("/staff/district?period=" + period + "&lang=" + lang));
                assertThat(browser.getPageSource()).contains(district.name);
                assertThat(browser.findElements(By.cssSelector("figure.chart img"))).hasSize(2);
                assertThat(browser.findElement(By.id("suppressed")).getText())
                        .contains(lang.equals("en") ? "Providers not shown" : "১১")
                        .endsWith(": 1")
                        .doesNotContain("Hospital small");
                for (WebElement img : browser.findElements(By.cssSelector("img"))) {
                    assertThat(img.getAttribute("alt")).isNotBlank();
                }
                screenshot(browser, "official-district-" + lang + ".png");
                assertUnderLimit(session, "/staff/district?period=" + period + "&lang=" + lang);

                browser.get(
                        url("/staff/providers/" + first + "?period=" + period + "&lang=" + lang));
                assertThat(browser.getPageSource()).contains("Thana A");
                screenshot(browser, "official-provider-" + lang + ".png");
                assertUnderLimit(
                        session,
                        "/staff/providers/" + first + "?period=" + period + "&lang=" + lang);
            }

            browser.get(url("/staff/district?period=" + period + "&lang=en"));
            HeadlessChromium.clickAndWait(browser, By.cssSelector("#workbook button[type=submit]"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (browser.findElements(By.id("download")).isEmpty()) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(1000);
                if (browser.findElements(By.id("download")).isEmpty()) {
                    browser.navigate().refresh();
                }
            }
            String href = browser.findElement(By.id("download")).getAttribute("href");
            // the file, fetched with the browser's own session (no HTTP Basic anywhere)
            byte[] workbook =
                    given().cookie(session.getName(), session.getValue())
                            .redirects()
                            .follow(false)
                            .get(href.replaceFirst("^https?://[^/]+", ""))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                assertThat(read.getSheet("Providers")).isNotNull();
                assertThat(read.getNumberOfSheets()).isGreaterThan(1);
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * The page, its stylesheets and its images, as bytes on the wire, under 100 KB; fetched with
     * the browser's session cookie.
     */
    private void assertUnderLimit(Cookie session, String path) {
        String html = signedIn(session).get(path).then().statusCode(200).extract().asString();
        long total = html.getBytes(StandardCharsets.UTF_8).length;
        var assets =
                java.util.regex.Pattern.compile(
                                "(?:href|src)=\"(/(?:web|staff)/[^\"]+\\.(?:css|png)[^\"]*)\"")
                        .matcher(html);
        StringBuilder parts = new StringBuilder(path + ": html " + total);
        while (assets.find()) {
            String asset = assets.group(1).replace("&amp;", "&");
            long size =
                    signedIn(session)
                            .get(asset)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray()
                            .length;
            parts.append(", ").append(asset.replaceAll("\\?.*", "")).append(' ').append(size);
            total += size;
        }
        System.out.println("page weight " + parts + " = " + total + " bytes");
        assertThat(total).as(parts.toString()).isLessThan(PAGE_LIMIT);
    }

    /** A request carrying the browser's session cookie and following no redirect to /login. */
    private static RequestSpecification signedIn(Cookie session) {
        return given().cookie(session.getName(), session.getValue()).redirects().follow(false);
    }

    /**
     * The whole page as the phone-wide window lays it out, not only its first screen: Chromium's
     * own capture beyond the viewport, so the reviewer sees the charts and the notes below them.
     */
    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip =
                Map.of(
                        "x", 0,
                        "y", 0,
                        "width", ((Number) size.get("width")).doubleValue(),
                        "height", ((Number) size.get("height")).doubleValue(),
                        "scale", 1);
        Map<String, Object> shot =
                browser.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path target = SCREENSHOTS.resolve(name);
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
