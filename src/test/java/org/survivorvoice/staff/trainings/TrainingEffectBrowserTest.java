package org.survivorvoice.staff.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;
import org.survivorvoice.testing.PageScreenshots;
import org.survivorvoice.training.effect.TrainingRows;

/**
 * {@code /staff/trainings/{id}} in headless Chromium (JavaScript off): the official of the trained
 * thanas' district reads the effect in English and Bengali, with the four cells and the chart; a
 * funder reads the page of an event below the gate in Hindi and Telugu; an official of another
 * district gets the not-found page. Screenshots to {@code target/screenshots/}. Quarters 1919-Q1 to
 * 1920-Q1.
 */
@QuarkusTest
class TrainingEffectBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;

    @Test
    void officialAndFunderReadTheEffectInTheirLanguage() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromium-driver are not installed");
        Area district = fixtures.district();
        Map<Long, Integer> attendance = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Trained thana " + i);
            attendance.put(fixtures.providerId(code), 10 + i);
            fixtures.ratings(code, "1919-Q1", 5, 5);
            fixtures.ratings(code, "1919-Q2", 5, 5);
            fixtures.ratings(code, "1919-Q4", 7 + i % 2, 3 - i % 2);
            fixtures.ratings(code, "1920-Q1", 8, 2);
        }
        for (int i = 0; i < 6; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Untrained thana " + i);
            fixtures.ratings(code, "1919-Q1", 5, 5);
            fixtures.ratings(code, "1919-Q2", 5, 5);
            fixtures.ratings(code, "1919-Q4", 5 + i % 2, 5 - i % 2);
            fixtures.ratings(code, "1920-Q1", 5, 5);
        }
        long event =
                TrainingRows.event(
                        LocalDate.of(1919, 9, 2), "Victim-centred interviewing", attendance);
        String small = fixtures.provider(district.id, "HOSPITAL", "Hospital");
        long gated =
                TrainingRows.event(
                        LocalDate.of(1919, 8, 2),
                        "Medical examination",
                        Map.of(fixtures.providerId(small), 5));
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String funder = fixtures.user(Roles.FUNDER, null);
        String foreign = fixtures.user(Roles.OFFICIAL, fixtures.district().id);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, official);
            browser.get(url("/staff/trainings/" + event + "?lang=en"));
            assertThat(browser.findElement(By.id("statement")).getText())
                    .startsWith("After the training, survivors rated trained police stations")
                    .contains("points higher than before, relative to untrained police stations");
            assertThat(browser.findElement(By.id("caveat")).getText())
                    .startsWith("This is not proof that the training caused the change");
            assertThat(browser.findElement(By.id("cells")).getText())
                    .contains("Trained providers", "50 %", "80 %", "80-84 ratings");
            assertThat(browser.findElements(By.cssSelector("figure.chart img"))).hasSize(1);
            PageScreenshots.take(browser, "training-effect-en.png");
            browser.get(url("/staff/trainings/" + event + "?lang=bn"));
            assertThat(browser.findElement(By.id("statement")).getText())
                    .startsWith("প্রশিক্ষণের পরে সারভাইভাররা প্রশিক্ষিত থানাগুলিকে");
            PageScreenshots.take(browser, "training-effect-bn.png");
            // the chart the page shows is its own PNG, drawn for the signed-in official
            assertThat(
                            browser.findElement(By.cssSelector("figure.chart img"))
                                    .getAttribute("naturalWidth"))
                    .isEqualTo("900");
        } finally {
            browser.quit();
        }

        browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, funder);
            browser.get(url("/staff/trainings/" + gated + "?lang=hi"));
            assertThat(browser.findElement(By.id("statement")).getText())
                    .isEqualTo("अभी पर्याप्त रेटिंग नहीं हैं।");
            assertThat(browser.findElement(By.id("missing")).getText())
                    .contains("पर्याप्त रेटिंग वाले और प्रशिक्षित सेवा प्रदाता चाहिए: 3");
            PageScreenshots.take(browser, "training-effect-gate-hi.png");
            browser.get(url("/staff/trainings/" + gated + "?lang=te"));
            assertThat(browser.findElement(By.id("statement")).getText())
                    .isEqualTo("ఇంకా తగినన్ని రేటింగ్‌లు లేవు.");
            PageScreenshots.take(browser, "training-effect-gate-te.png");
        } finally {
            browser.quit();
        }

        browser = HeadlessChromium.start();
        try {
            HeadlessChromium.logIn(browser, root, foreign);
            browser.get(url("/staff/trainings/" + event + "?lang=en"));
            assertThat(browser.getPageSource()).contains("not in your district");
        } finally {
            browser.quit();
        }
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
