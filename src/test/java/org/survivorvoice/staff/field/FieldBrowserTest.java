package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.staff.field.PaperFormWorkbooks.form;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;

/**
 * A field worker's day in a real browser without JavaScript: she enrols a survivor, logs an
 * encounter, enters the survivor's rating of it (verified), and uploads a workbook of paper forms.
 * Screenshots of the enrolment page in English and Bengali go to {@code target/screenshots/}.
 */
@QuarkusTest
class FieldBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject FieldCounts counts;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(
                HeadlessChromium.installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshVisit() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aFieldWorkerEnrolsLogsAnEncounterAndEntersTheRatingOfIt() throws IOException {
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "HOSPITAL", "Sadar hospital");
        logIn(worker);

        browser.get(url("/staff/survivors/new?lang=bn&for=bn"));
        screenshot("field-enrol-bn.png");
        browser.get(url("/staff/survivors/new?lang=en&for=en"));
        screenshot("field-enrol-en.png");
        HeadlessChromium.clickAndWait(browser, By.cssSelector(".her-languages a[hreflang=bn]"));
        assertThat(browser.findElement(By.id("say-sms")).getText()).contains("টেক্সট বার্তা");
        browser.findElement(By.id("phone")).sendKeys("98301 55501");
        new Select(browser.findElement(By.id("areaId"))).selectByValue(block.id.toString());
        browser.findElement(By.cssSelector("label[for=sms]")).click();
        browser.findElement(By.cssSelector("label[for=reporting]")).click();
        browser.findElement(By.id("pin")).sendKeys("1357");
        HeadlessChromium.submit(browser);

        String survivor = browser.findElement(By.id("survivor-id")).getText();
        assertThat(survivor).matches("[0-9]+");
        assertThat(browser.getPageSource().replaceAll("[^0-9]", "")).doesNotContain("9830155501");

        HeadlessChromium.clickAndWait(browser, By.cssSelector("a[href^='/staff/encounters/new']"));
        assertThat(browser.findElement(By.id("survivor")).getAttribute("value"))
                .isEqualTo(survivor);
        browser.findElement(By.id("code")).sendKeys(code);
        HeadlessChromium.clickAndWait(browser, By.cssSelector("button[value=check]"));
        assertThat(browser.findElement(By.id("provider-name")).getText())
                .contains("Sadar hospital");
        new Select(browser.findElement(By.id("serviceType"))).selectByValue("MEDICAL_CARE");
        HeadlessChromium.choose(browser, "outcome-RECEIVED");
        HeadlessChromium.clickAndWait(browser, By.cssSelector("button[value=log]"));

        String encounter = browser.findElement(By.id("encounter-id")).getText();
        assertThat(counts.encountersOf(code)).isEqualTo(1);
        HeadlessChromium.clickAndWait(browser, By.id("rate-now"));
        assertThat(browser.findElement(By.id("provider")).getText()).contains("Sadar hospital");
        assertThat(browser.findElement(By.id("encounter-note")).getText()).contains(encounter);
        HeadlessChromium.choose(browser, "overall-4");
        HeadlessChromium.choose(browser, "dignity-5");
        HeadlessChromium.choose(browser, "money-no");
        HeadlessChromium.submit(browser);

        assertThat(browser.getCurrentUrl()).contains("/staff/assisted/thanks");
        assertThat(counts.ratingOfEncounter(Long.parseLong(encounter))).isEqualTo("ASSISTED true");
    }

    @Test
    void aFieldWorkerUploadsAWorkbookOfPaperForms() throws IOException {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Thana");
        Path file = Files.createTempFile("paper-forms", ".xlsx");
        LocalDate day = LocalDate.now().minusDays(1);
        Files.write(
                file,
                PaperFormWorkbooks.of(
                        List.of(form(code, day, 3, "no", null), form(code, day, 5, "yes", null))));
        logIn(worker);

        browser.get(url("/staff/paper-forms?lang=en"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        HeadlessChromium.submit(browser);

        assertThat(browser.findElement(By.id("paper-done")).getText()).contains("2 ratings stored");
        assertThat(counts.paperRatingsOf(code, false)).isEqualTo(2);
        Files.deleteIfExists(file);
    }

    /**
     * Signs in with HTTP Basic credentials in the address, which Chromium then sends to every page
     * of the site (the staff pages take HTTP Basic as well as the login form).
     */
    private void logIn(String worker) {
        browser.get(
                root.toString().replaceFirst("://", "://" + worker + ":" + Fixtures.PASSWORD + "@")
                        + "staff/paper-forms");
    }

    private void screenshot(String name) throws IOException {
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
