package org.survivorvoice.staff.collectives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;
import org.survivorvoice.testing.Staff;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The collectives' pages in a real browser without JavaScript: an admin sees the tree by level (the
 * district collective above its site, with member counts and the peer leader), creates a site
 * collective through the form, and a field worker of the district records a member on the
 * collective's page (a form without the consent box ticked is refused). Screenshots in English and
 * Bengali go to {@code target/screenshots/}.
 */
@QuarkusTest
class CollectivesBrowserTest {

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
    void anAdminSeesTheTreeAndCreatesASiteAndAFieldWorkerRecordsAMemberWithConsent()
            throws IOException {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String suffix = Long.toString(district.id);
        long forum =
                create(
                        admin,
                        "Nari Shakti district forum " + suffix,
                        "DISTRICT",
                        district.id,
                        null);
        long site = create(admin, "Nari Shakti Barasat " + suffix, "SITE", block.id, forum);
        long survivor = Staff.enrol(worker, block.id, phone());
        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("survivorId", survivor, "consent", true))
                .post("/api/v1/collectives/" + site + "/members")
                .then()
                .statusCode(201);

        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, root, admin);
        browser.get(url("/staff/collectives?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Collectives");
        assertThat(
                        browser.findElement(By.cssSelector("#collective-" + site + " td.name"))
                                .getAttribute("class"))
                .contains("depth-1");
        assertThat(
                        browser.findElement(By.cssSelector("#collective-" + site + " td.members"))
                                .getText())
                .isEqualTo("1");
        browser.findElement(By.id("name")).sendKeys("Nari Shakti Habra " + suffix);
        new Select(browser.findElement(By.id("level"))).selectByValue("SITE");
        new Select(browser.findElement(By.id("areaId"))).selectByValue(block.id.toString());
        new Select(browser.findElement(By.id("parentId"))).selectByValue(Long.toString(forum));
        PageScreenshots.take(browser, "collectives-tree-en.png");
        HeadlessChromium.clickAndWait(browser, By.id("create"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("Saved.");
        assertThat(browser.getPageSource()).contains("Nari Shakti Habra " + suffix);
        browser.get(url("/staff/collectives?lang=bn"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("সংগঠন");
        PageScreenshots.take(browser, "collectives-tree-bn.png");

        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, root, worker);
        browser.get(url("/staff/collectives/" + site + "?lang=en"));
        assertThat(browser.findElement(By.id("member-" + survivor)).getText())
                .contains(Long.toString(survivor));
        long second = Staff.enrol(worker, block.id, phone());
        // the box is required, so a browser will not send the form without it; a post without it
        // is refused all the same, and nothing is recorded
        var refused =
                StaffPageClient.as(worker)
                        .postForm(
                                "/staff/collectives/" + site + "/members",
                                Map.of("survivorId", Long.toString(second)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("Tick the box once she has agreed to be a member.");
        browser.findElement(By.id("survivorId")).sendKeys(Long.toString(second));
        browser.findElement(By.id("consent")).click();
        HeadlessChromium.clickAndWait(browser, By.id("join"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("She is now a member.");
        assertThat(browser.findElements(By.id("member-" + second))).hasSize(1);
        PageScreenshots.take(browser, "collectives-members-en.png");
        browser.get(url("/staff/collectives/" + site + "?lang=bn"));
        PageScreenshots.take(browser, "collectives-members-bn.png");
    }

    private static long create(String admin, String name, String level, long area, Long parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("level", level);
        body.put("areaId", area);
        if (parent != null) {
            body.put("parentId", parent);
        }
        return as(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/collectives")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private String url(String path) {
        return root.toString().replaceFirst("/$", "") + path;
    }

    private static String phone() {
        return "9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
