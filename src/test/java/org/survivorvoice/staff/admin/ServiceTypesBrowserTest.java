package org.survivorvoice.staff.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;

/**
 * The admin in headless Chromium (JavaScript off) moves a service type to another pillar with its
 * select and moves it back; screenshots of the page in English and Bengali.
 */
@QuarkusTest
class ServiceTypesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;

    @Test
    void adminMovesATypeToAnotherPillarWithItsSelect() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        String admin = fixtures.user(Roles.ADMIN, null);
        ChromeDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, admin);
            browser.get(url("/staff/service-types?lang=en"));
            assertThat(browser.findElement(By.id("type-SKILLS_JOB")).getText()).contains("Prevent");
            PageScreenshots.take(browser, "admin-service-types-en.png");

            new Select(browser.findElement(By.id("pillar-SKILLS_JOB"))).selectByValue("PROTECT");
            HeadlessChromium.clickAndWait(browser, By.id("move-SKILLS_JOB"));
            assertThat(browser.getCurrentUrl()).contains("done=moved");
            assertThat(browser.findElement(By.cssSelector("main p.ok")).getText())
                    .isEqualTo("The service type was moved.");
            assertThat(browser.findElement(By.id("type-SKILLS_JOB")).getText()).contains("Protect");

            new Select(browser.findElement(By.id("pillar-SKILLS_JOB"))).selectByValue("PREVENT");
            HeadlessChromium.clickAndWait(browser, By.id("move-SKILLS_JOB"));
            browser.get(url("/staff/service-types?lang=bn"));
            assertThat(browser.findElement(By.id("type-SKILLS_JOB")).getText())
                    .contains("প্রতিরোধ");
            PageScreenshots.take(browser, "admin-service-types-bn.png");
        } finally {
            browser.quit();
        }
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
