package org.survivorvoice.staff.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;

/**
 * An admin records training events in a real browser without JavaScript: in English she mistypes a
 * provider code, gets the form back with the problem next to that row and her input kept, fixes it
 * and finds the event at the head of the list; in Telugu she records another. Screenshots of each
 * page go to {@code target/screenshots/}.
 */
@QuarkusTest
class TrainingsBrowserTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;

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

    @Test
    void anAdminRecordsAnEventFixingAMistypedCodeThenAnotherInTelugu() throws IOException {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String guntur = fixtures.provider(district.id, "POLICE", "Guntur Urban Police Station");
        String tenali = fixtures.provider(district.id, "POLICE", "Tenali Town Police Station");
        String hospital = fixtures.provider(district.id, "HOSPITAL", "Guntur Government Hospital");
        LocalDate held = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(1);
        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, root, admin);

        browser.get(url("/staff/trainings?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Training events");
        PageScreenshots.take(browser, "trainings-list-en.png");
        date(held);
        browser.findElement(By.id("topic")).sendKeys("Survivor-centred investigation");
        browser.findElement(By.id("organiser")).sendKeys("Andhra Pradesh Police Academy");
        new Select(browser.findElement(By.id("pillar"))).selectByValue("PROSECUTE");
        browser.findElement(By.id("code-0")).sendKeys(guntur);
        browser.findElement(By.id("staff-0")).sendKeys("12");
        browser.findElement(By.id("code-1")).sendKeys("012345");
        browser.findElement(By.id("staff-1")).sendKeys("7");
        HeadlessChromium.clickAndWait(browser, By.id("record-training"));

        assertThat(browser.findElement(By.id("form-errors")).getText())
                .isEqualTo("The event is not recorded: see the marked fields.");
        assertThat(browser.findElement(By.id("code-1-error")).getText())
                .isEqualTo("No provider has this code.");
        assertThat(browser.findElement(By.id("topic")).getAttribute("value"))
                .isEqualTo("Survivor-centred investigation");
        assertThat(browser.findElement(By.id("staff-0")).getAttribute("value")).isEqualTo("12");
        PageScreenshots.take(browser, "trainings-refused-en.png");
        WebElement code = browser.findElement(By.id("code-1"));
        code.clear();
        code.sendKeys(tenali);
        HeadlessChromium.clickAndWait(browser, By.id("record-training"));

        assertThat(browser.findElement(By.id("recorded")).getText())
                .isEqualTo("The training event is recorded.");
        long id =
                as(admin)
                        .get("/api/v1/trainings?district=" + district.id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("items[0].id");
        WebElement row = browser.findElement(By.id("training-" + id));
        assertThat(row.getText())
                .contains(held.toString(), "Survivor-centred investigation", "Prosecute", "19");
        assertThat(row.findElement(By.cssSelector("a")).getAttribute("href"))
                .endsWith("/staff/trainings/" + id);
        PageScreenshots.take(browser, "trainings-recorded-en.png");

        browser.get(url("/staff/trainings?lang=te"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("శిక్షణ కార్యక్రమాలు");
        date(held);
        browser.findElement(By.id("topic")).sendKeys("బాధితులను గుర్తించడం మరియు రిఫర్ చేయడం");
        browser.findElement(By.id("organiser")).sendKeys("మహిళా శిశు సంక్షేమ శాఖ");
        new Select(browser.findElement(By.id("pillar"))).selectByValue("PROTECT");
        browser.findElement(By.id("code-0")).sendKeys(hospital);
        browser.findElement(By.id("staff-0")).sendKeys("6");
        PageScreenshots.take(browser, "trainings-form-te.png");
        HeadlessChromium.clickAndWait(browser, By.id("record-training"));

        assertThat(browser.findElement(By.id("recorded")).getText())
                .isEqualTo("శిక్షణ కార్యక్రమం నమోదైంది.");
        assertThat(browser.findElement(By.cssSelector("table.trainings tbody tr")).getText())
                .contains("బాధితులను గుర్తించడం మరియు రిఫర్ చేయడం", "రక్షణ", "6");
        PageScreenshots.take(browser, "trainings-recorded-te.png");
    }

    /** Types the day into Chromium's date field (its en-US locale: month, day, year). */
    private static void date(LocalDate day) {
        WebElement field = browser.findElement(By.id("heldOn"));
        field.sendKeys(day.format(DateTimeFormatter.ofPattern("MMddyyyy")));
        assertThat(field.getAttribute("value")).isEqualTo(day.toString());
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }
}
