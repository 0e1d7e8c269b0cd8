package org.survivorvoice.staff.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.StaffMessages;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The admin imports providers in Debian's headless Chromium, JavaScript off: a workbook with one
 * bad row is refused with that row listed and nothing stored, then the corrected workbook is
 * imported. Screenshots of the refusal in English and Bengali go to {@code target/screenshots/}.
 */
@QuarkusTest
class ProviderImportBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String IMPORT = "/staff/providers/import";
    // the page's own button: the header's sign-out button comes first
    private static final By IMPORT_BUTTON = By.cssSelector("main form button[type=submit]");

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject StaffMessages messages;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(1100, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdminSeesTheBadRowThenImportsTheCorrectedFile() throws IOException {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area district = fixtures.district();
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
        Path bad =
                Files.write(
                        dir.resolve("providers-bad.xlsx"),
                        ProviderPagesTest.workbook(
                                List.of("name", "category", "areaId", "languages"),
                                List.of("Browser Hospital", "HOSPITAL", district.id, "bn"),
                                List.of("Browser Thana", "NO_SUCH_CATEGORY", district.id, "bn")));
        Path good =
                Files.write(
                        dir.resolve("providers-good.xlsx"),
                        ProviderPagesTest.workbook(
                                List.of("name", "category", "areaId", "languages"),
                                List.of("Browser Hospital", "HOSPITAL", district.id, "bn"),
                                List.of("Browser Thana", "POLICE", district.id, "bn")));
        long before = total(admin);
        HeadlessChromium.logIn(browser, root, admin);

        for (SurvivorLanguage language : List.of(SurvivorLanguage.EN, SurvivorLanguage.BN)) {
            browser.get(url(IMPORT + "?lang=" + language.code()));
            browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            HeadlessChromium.clickAndWait(browser, IMPORT_BUTTON);
            screenshot("admin-import-errors-" + language.code() + ".png");

            String errors = browser.findElement(By.cssSelector(".errors")).getText();
            assertThat(errors)
                    .contains(
                            text(language, "providers.import.nothing"),
                            text(language, "providers.problem.bad-rows", Map.of("count", "1")),
                            text(language, "providers.reason.no-such-category"));
            List<String> rows =
                    browser.findElements(By.cssSelector(".errors tbody tr")).stream()
                            .map(r -> r.findElement(By.tagName("td")).getText())
                            .toList();
            assertThat(rows).containsExactly("3");
            assertThat(total(admin)).isEqualTo(before);
        }

        browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
        HeadlessChromium.clickAndWait(browser, IMPORT_BUTTON);
        assertThat(browser.findElement(By.cssSelector(".ok")).getText())
                .contains(text(SurvivorLanguage.BN, "providers.import.done", Map.of("count", "2")));
        assertThat(total(admin)).isEqualTo(before + 2);
    }

    @Test
    void theImportPageWithItsAssetsIsUnder100Kilobytes() {
        String admin = fixtures.user(Roles.ADMIN, null);
        StaffPageClient client = StaffPageClient.as(admin);
        byte[] page =
                client.postMultipart(
                                IMPORT + "?lang=bn",
                                "file",
                                "p.csv",
                                "name,category,areaId\n,NO,x\n,NO,y\n".getBytes(),
                                "text/csv",
                                Map.of())
                        .asByteArray();
        byte[] css = client.get("/web/staff.css").asByteArray();

        assertThat(page.length + css.length).isLessThan(100 * 1024);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String text(SurvivorLanguage language, String key) {
        return messages.text(language, key, Map.of());
    }

    private String text(SurvivorLanguage language, String key, Map<String, String> values) {
        return messages.text(language, key, values);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static long total(String user) {
        Number total =
                as(user).get("/api/v1/providers?size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
        return total.longValue();
    }
}
