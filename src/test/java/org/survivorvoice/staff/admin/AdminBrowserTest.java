package org.survivorvoice.staff.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ReviewQueries;
import org.survivorvoice.scoring.ReviewQueueItem;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;

/**
 * The admin in headless Chromium (JavaScript off): she signs in, opens the field-review queue of a
 * quarter and records that the field visit confirmed a flagged police station's poor practice; the
 * review is stored as hers. Screenshots of the users and reviews pages in English. Quarter 1963-Q3:
 * no other test scores it.
 */
@QuarkusTest
class AdminBrowserTest {

    private static final String PERIOD = "1963-Q3";

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject ScoringService scoring;
    @Inject ReviewQueries reviewQueue;

    @Test
    void adminConfirmsAFlaggedProviderThroughTheReviewForm() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Reviewpur thana " + i);
            fixtures.ratings(code, PERIOD, 28 + i % 3, 12 - i % 3);
        }
        String worse = fixtures.provider(district.id, "POLICE", "Reviewpur thana worse");
        fixtures.ratings(worse, PERIOD, 8, 32);
        scoring.refresh(Quarter.parse(PERIOD));
        assertThat(item(worse).reviewedVerified()).isNull();
        String admin = fixtures.user(Roles.ADMIN, null);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, admin);
            browser.get(url("/staff/users?lang=en"));
            assertThat(browser.findElement(By.id("user-" + admin)).getText())
                    .contains("Programme admin");
            PageScreenshots.take(browser, "admin-users-en.png");

            browser.get(url("/staff/reviews?period=" + PERIOD + "&lang=en"));
            assertThat(
                            new Select(browser.findElement(By.id("period")))
                                    .getFirstSelectedOption()
                                    .getText())
                    .isEqualTo(PERIOD);
            WebElement row = browser.findElement(By.id("review-" + worse));
            assertThat(row.getText())
                    .contains("Reviewpur thana worse", "Significantly below", "Not reviewed yet");
            HeadlessChromium.choose(browser, "verified-" + worse);
            row.findElement(By.id("note-" + worse))
                    .sendKeys("Visited on a Monday; desk refused FIRs");
            HeadlessChromium.clickAndWait(browser, By.id("record-" + worse));

            assertThat(browser.getCurrentUrl()).contains("period=" + PERIOD, "done=recorded");
            assertThat(browser.findElement(By.cssSelector("main p.ok")).getText())
                    .isEqualTo("The review was recorded.");
            assertThat(browser.findElement(By.id("review-" + worse)).getText())
                    .contains("Confirmed in the field", admin);
            PageScreenshots.take(browser, "admin-reviews-en.png");
        } finally {
            browser.quit();
        }

        ReviewQueueItem stored = item(worse);
        assertThat(stored.reviewedVerified()).isTrue();
        assertThat(stored.reviewer()).isEqualTo(admin);
        assertThat(stored.reviewedAt()).isNotNull();
        // flagged for the first time: confirmed, yet not named until a second flagged quarter
        assertThat(stored.named()).isFalse();
        assertThat(fixtures.auditActions("provider", worse)).contains("REVIEW");
    }

    private ReviewQueueItem item(String providerCode) {
        return reviewQueue.flagged(Quarter.parse(PERIOD)).stream()
                .filter(i -> i.providerCode().equals(providerCode))
                .findFirst()
                .orElseThrow(() -> new AssertionError(providerCode + " is not flagged"));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
