package org.survivorvoice.staff.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;

/**
 * The official's response page in headless Chromium (JavaScript off), signed in through /login: one
 * provider still waiting with its form, one answered with the days it took, a response marked done
 * with the page's button; screenshots in English and Bengali.
 */
@QuarkusTest
class ResponsesBrowserTest {

    private static final String PERIOD = "1941-Q4";

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;

    @Test
    void officialMarksAResponseDoneAndSeesWhoStillWaits() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + (char) ('A' + i));
            fixtures.ratings(code, PERIOD, 28 + i % 3, 12 - i % 3);
        }
        String answered = fixtures.provider(district.id, "POLICE", "Thana Minakhan");
        fixtures.ratings(answered, PERIOD, 8, 32);
        String waiting = fixtures.provider(district.id, "POLICE", "Thana Haroa");
        fixtures.ratings(waiting, PERIOD, 9, 31);
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + PERIOD).then().statusCode(200);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String due = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(45).toString();
        long planned = record(official, answered, "Women officers at the help desk", due);
        long done = record(official, answered, "FIR copies given the same day", due);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, official);
            browser.get(url("/staff/responses?period=" + PERIOD + "&lang=en"));
            assertThat(browser.findElement(By.id("need-" + waiting)).getText())
                    .contains("Thana Haroa")
                    .containsPattern("\\d+ days waiting");
            assertThat(browser.findElement(By.id("need-" + answered)).getText())
                    .containsPattern("Answered after \\d+ days");
            // only a provider still waiting gets the form
            assertThat(browser.findElements(By.id("record-" + waiting))).hasSize(1);
            assertThat(browser.findElements(By.id("record-" + answered))).isEmpty();
            HeadlessChromium.clickAndWait(browser, By.id("done-" + done));

            assertThat(browser.getCurrentUrl()).contains("done=changed");
            assertThat(browser.findElement(By.cssSelector("main p.ok")).getText())
                    .isEqualTo("The response is updated.");
            assertThat(browser.findElement(By.id("response-" + done)).getText()).contains("Done");
            assertThat(browser.findElements(By.id("done-" + done))).isEmpty();
            assertThat(browser.findElements(By.id("drop-" + planned))).hasSize(1);
            PageScreenshots.take(browser, "responses-en.png");

            browser.get(url("/staff/responses?period=" + PERIOD + "&lang=bn"));
            assertThat(browser.findElement(By.id("needs")).getText()).contains("জবাব প্রয়োজন");
            PageScreenshots.take(browser, "responses-bn.png");
        } finally {
            browser.quit();
        }
    }

    private static long record(String user, String code, String action, String due) {
        return as(user).contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "providerCode", code,
                                "period", PERIOD,
                                "theme", "DIGNITY",
                                "actionText", action,
                                "ownerRole", "Station house officer",
                                "dueDate", due))
                .post("/api/v1/responses")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
