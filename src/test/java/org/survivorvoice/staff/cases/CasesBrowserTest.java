package org.survivorvoice.staff.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;

/**
 * A field worker's callback in a real browser without JavaScript, in Telugu: she signs in, opens
 * her case list (the overdue case first, in red), opens a case, marks it contacted, ticks that she
 * read the consent and reveals the number. Screenshots of each page in Telugu (and of the list and
 * the case in English) go to {@code target/screenshots/}.
 */
@QuarkusTest
class CasesBrowserTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject CaseData data;

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
    void aFieldWorkerOpensHerCaseMarksItContactedAndRevealsTheNumber() throws IOException {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Guntur Urban Police Station");
        CaseData.Opened waiting =
                data.open(worker, district.id, code, "te", "వాళ్లు డబ్బు అడిగారు, నాకు భయంగా ఉంది");
        CaseData.Opened late =
                data.open(worker, district.id, code, "te", "కానిస్టేబుల్ నన్ను బెదిరించాడు");
        data.makeOverdue(late.id(), Duration.ofDays(2).plusHours(2), true);
        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, root, worker);

        browser.get(url("/staff/cases?lang=te"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("భద్రతా కేసులు");
        assertThat(
                        browser.findElements(By.cssSelector("table.cases tbody tr"))
                                .get(0)
                                .getAttribute("id"))
                .isEqualTo("case-" + late.id());
        assertThat(browser.findElement(By.id("deadline-" + late.id())).getText())
                .isEqualTo("2 రోజులు ఆలస్యం");
        PageScreenshots.take(browser, "cases-list-te.png");

        HeadlessChromium.clickAndWait(
                browser, By.cssSelector("#case-" + waiting.id() + " a[href]"));
        assertThat(browser.findElement(By.id("her-words")).getText())
                .isEqualTo("వాళ్లు డబ్బు అడిగారు, నాకు భయంగా ఉంది");
        assertThat(browser.findElement(By.id("consent-language")).getText()).isEqualTo("బెంగాలీ");
        PageScreenshots.take(browser, "cases-detail-te.png");

        browser.findElement(By.id("contacted-note")).sendKeys("ఉదయం 11 గంటలకు మాట్లాడాను");
        HeadlessChromium.clickAndWait(browser, By.id("mark-contacted"));
        assertThat(browser.findElement(By.id("done")).getText())
                .isEqualTo("సంప్రదించినట్లు నమోదైంది.");
        assertThat(data.status(waiting.id())).isEqualTo(CaseStatus.CONTACTED);
        assertThat(browser.getPageSource().replaceAll("[^0-9]", ""))
                .doesNotContain(waiting.phone());
        PageScreenshots.take(browser, "cases-contacted-te.png");

        browser.findElement(By.id("confirmed")).click();
        HeadlessChromium.clickAndWait(browser, By.id("reveal"));
        assertThat(browser.getCurrentUrl()).endsWith("/staff/cases/" + waiting.id() + "/reveal");
        assertThat(browser.findElement(By.id("phone")).getText())
                .isEqualTo("+91" + waiting.phone());
        assertThat(fixtures.auditActions("safety_case", waiting.id()))
                .contains("SAFETY_CASE_CONTACT_REVEALED");
        PageScreenshots.take(browser, "cases-revealed-te.png");

        browser.get(url("/staff/cases?lang=en"));
        PageScreenshots.take(browser, "cases-list-en.png");
        browser.get(url("/staff/cases/" + late.id()));
        assertThat(browser.findElement(By.id("deadline")).getText()).isEqualTo("overdue by 2 days");
        assertThat(browser.getPageSource().replaceAll("[^0-9]", "")).doesNotContain(late.phone());
        PageScreenshots.take(browser, "cases-detail-en.png");
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }
}
