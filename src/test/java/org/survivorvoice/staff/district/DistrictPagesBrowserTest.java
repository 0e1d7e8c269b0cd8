package org.survivorvoice.staff.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.reports.data.ReportFixtures;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The official in headless Chromium (JavaScript off): her district page, a provider, the district
 * workbook ordered, followed and downloaded; screenshots in English and Bengali, and every page
 * with its stylesheets and charts under 100 KB.
 */
@QuarkusTest
class DistrictPagesBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final long PAGE_LIMIT = 100 * 1024;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject ReportFixtures reportFixtures;

    @Test
    void officialOpensHerDistrictAProviderAndDownloadsTheWorkbook() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        String period = "2014-Q2";
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
        reportFixtures.comment(first, period, "The officer at the desk listened to me.");
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + period).then().statusCode(200);
        String official = fixtures.user(Roles.OFFICIAL, district.id);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            signIn(browser, official);
            for (String lang : List.of("en", "bn")) {
                browser.get(url("/staff/district?period=" + period + "&lang=" + lang));
                assertThat(browser.getPageSource()).contains(district.name);
                assertThat(browser.findElements(By.cssSelector("figure.chart img"))).hasSize(2);
                for (WebElement img : browser.findElements(By.cssSelector("img"))) {
                    assertThat(img.getAttribute("alt")).isNotBlank();
                }
                screenshot(browser, "official-district-" + lang + ".png");
                assertUnderLimit(official, "/staff/district?period=" + period + "&lang=" + lang);

                browser.get(
                        url("/staff/providers/" + first + "?period=" + period + "&lang=" + lang));
                assertThat(browser.getPageSource()).contains("Thana A");
                screenshot(browser, "official-provider-" + lang + ".png");
                assertUnderLimit(
                        official,
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
            byte[] workbook =
                    StaffPageClient.as(official)
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
     * Signs the browser in with HTTP Basic on every request (staff pages accept it), since headless
     * Chromium with JavaScript off cannot answer an authentication dialog.
     */
    private static void signIn(ChromeDriver browser, String username) {
        String token =
                Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + Fixtures.PASSWORD)
                                        .getBytes(StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + token)));
    }

    /** The page, its stylesheets and its images, as bytes on the wire, under 100 KB. */
    private void assertUnderLimit(String user, String path) {
        StaffPageClient client = StaffPageClient.as(user);
        String html = client.get(path).then().statusCode(200).extract().asString();
        long total = html.getBytes(StandardCharsets.UTF_8).length;
        var assets =
                java.util.regex.Pattern.compile(
                                "(?:href|src)=\"(/(?:web|staff)/[^\"]+\\.(?:css|png)[^\"]*)\"")
                        .matcher(html);
        StringBuilder parts = new StringBuilder(path + ": html " + total);
        while (assets.find()) {
            String asset = assets.group(1).replace("&amp;", "&");
            long size = client.get(asset).then().statusCode(200).extract().asByteArray().length;
            parts.append(", ").append(asset.replaceAll("\\?.*", "")).append(' ').append(size);
            total += size;
        }
        System.out.println("page weight " + parts + " = " + total + " bytes");
        assertThat(total).as(parts.toString()).isLessThan(PAGE_LIMIT);
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
