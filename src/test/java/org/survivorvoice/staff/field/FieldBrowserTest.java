package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.staff.field.PaperFormWorkbooks.form;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
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
        browser.findElement(By.cssSelector("label[for=ivr]")).click();
        browser.findElement(By.cssSelector("label[for=reporting]")).click();
        time("safeFrom", "0930AM");
        time("safeTo", "0530PM");
        browser.findElement(By.id("pin")).sendKeys("1357");
        HeadlessChromium.submit(browser);

        String survivor = find(By.id("survivor-id")).getText();
        assertThat(survivor).matches("[0-9]+");
        assertThat(find(By.id("safe-hours")).getText()).isEqualTo("09:30 – 17:30");
        assertThat(find(By.id("consented")).getText().split("; ")).hasSize(3);
        screenshot("field-enrolled-en.png");
        assertThat(browser.getPageSource().replaceAll("[^0-9]", "")).doesNotContain("9830155501");

        HeadlessChromium.clickAndWait(browser, By.id("log-encounter"));
        assertThat(browser.findElement(By.id("survivor")).getAttribute("value"))
                .isEqualTo(survivor);
        browser.findElement(By.id("code")).sendKeys(code);
        HeadlessChromium.clickAndWait(browser, By.cssSelector("button[value=check]"));
        assertThat(browser.findElement(By.id("provider-name")).getText())
                .contains("Sadar hospital");
        screenshot("field-encounter-en.png");
        new Select(browser.findElement(By.id("serviceType"))).selectByValue("MEDICAL_CARE");
        LocalDate seen = LocalDate.now().minusDays(1);
        WebElement date = browser.findElement(By.id("date"));
        // Chromium's date field in its en-US locale: month, day, year, typed without separators
        date.sendKeys(seen.format(DateTimeFormatter.ofPattern("MMddyyyy")));
        assertThat(date.getAttribute("value")).isEqualTo(seen.toString());
        HeadlessChromium.choose(browser, "outcome-RECEIVED");
        HeadlessChromium.clickAndWait(browser, By.cssSelector("button[value=log]"));

        String encounter = find(By.id("encounter-id")).getText();
        assertThat(find(By.id("service")).getText()).isEqualTo("Medical care");
        assertThat(counts.encountersOf(code)).isEqualTo(1);
        screenshot("field-encounter-view-en.png");
        HeadlessChromium.clickAndWait(browser, By.id("rate-now"));
        assertThat(find(By.id("provider")).getText()).contains("Sadar hospital");
        assertThat(browser.findElement(By.id("encounter-note")).getText()).contains(encounter);
        screenshot("field-assisted-en.png");
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
        Path bad = Files.createTempFile("paper-forms-bad", ".xlsx");
        Files.write(
                bad,
                PaperFormWorkbooks.of(
                        List.of(
                                form(code, day, 3, "no", null),
                                form(code, day.plusDays(3), 7, "perhaps", null),
                                form("12345", day, 2, "yes", null))));
        logIn(worker);

        browser.get(url("/staff/paper-forms?lang=en"));
        browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        HeadlessChromium.submit(browser);

        assertThat(find(By.id("paper-problems")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#problem-rows tbody tr")).size())
                .isGreaterThanOrEqualTo(3);
        assertThat(counts.ratingsOf(code)).isZero();
        screenshot("field-paper-errors-en.png");
        Files.deleteIfExists(bad);

        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        HeadlessChromium.submit(browser);

        assertThat(find(By.id("paper-done")).getText()).contains("2 ratings stored");
        screenshot("field-paper-done-en.png");
        assertThat(counts.paperRatingsOf(code, false)).isEqualTo(2);
        Files.deleteIfExists(file);
    }

    private void logIn(String worker) {
        HeadlessChromium.logIn(browser, root, worker);
    }

    /**
     * Types a time into a time field as a finger would on a 12-hour keypad; Chromium keeps it as
     * {@code HH:mm} in the form.
     */
    private static void time(String id, String keys) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(keys);
        assertThat(field.getAttribute("value")).matches("[0-2][0-9]:[0-5][0-9]");
    }

    /** The element, or a failure that shows the page the server answered instead. */
    private static WebElement find(By what) {
        try {
            return browser.findElement(what);
        } catch (NoSuchElementException e) {
            throw new AssertionError(
                    what
                            + " not on "
                            + browser.getCurrentUrl()
                            + ":\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /**
     * The whole page, not only the window, as a PNG: the end of a long form (safe hours, PIN, the
     * button) must be reviewed too.
     */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot =
                browser.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of(
                                "format",
                                "png",
                                "captureBeyondViewport",
                                true,
                                "clip",
                                Map.of(
                                        "x", 0,
                                        "y", 0,
                                        "width", size.get("width"),
                                        "height", size.get("height"),
                                        "scale", 1)));
        Path target = SCREENSHOTS.resolve(name);
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
