package org.survivorvoice.feedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.HeadlessChromium;

/**
 * The open form in Debian's headless Chromium, with JavaScript switched off as on the simplest
 * phones: each language end to end, a wrong check digit, a tampered answer, and screenshots of the
 * Bengali and Telugu forms in {@code target/screenshots/} for a reviewer.
 */
@QuarkusTest
class RateFormBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject SurvivorMessages messages;

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
        browser.get(url("/rate"));
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @EnumSource(SurvivorLanguage.class)
    void aSurvivorRatesAProviderInHerLanguage(SurvivorLanguage language) throws IOException {
        Area district = fixtures.district();
        String name = "Provider for " + language.code() + " " + System.nanoTime();
        String code = fixtures.provider(district.id, "HOSPITAL", name);
        // start in another language and switch with the link, as a survivor would
        browser.get(url("/rate?lang=" + (language == SurvivorLanguage.EN ? "hi" : "en")));
        HeadlessChromium.clickAndWait(
                browser, By.linkText(messages.text(language, "web.language-name")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(language.code());
        assertThat(browser.getTitle()).isEqualTo(messages.text(language, "web.title"));

        browser.findElement(By.id("code")).sendKeys(typedCode(code, language));
        HeadlessChromium.submit(browser);
        assertThat(browser.findElement(By.id("provider")).getText()).isEqualTo(name);
        assertThat(bodyText()).contains(messages.text(language, "web.q.overall"));
        if (language == SurvivorLanguage.BN || language == SurvivorLanguage.TE) {
            screenshot("rate-" + language.code() + ".png");
            assertRendersInScript(language);
        }

        HeadlessChromium.choose(browser, "overall-4");
        HeadlessChromium.choose(browser, "dignity-5");
        HeadlessChromium.choose(browser, "listened-3");
        HeadlessChromium.choose(browser, "money-no");
        browser.findElement(By.id("comment")).sendKeys(messages.text(language, "web.thanks-title"));
        HeadlessChromium.submit(browser);
        assertThat(browser.findElement(By.id("thanks")).getText())
                .isEqualTo(messages.text(language, "web.thanks"));
        List<Rating> stored = WebForms.ratingsOf(code);
        assertThat(stored).hasSize(1);
        Rating rating = stored.get(0);
        assertThat(rating.channel).isEqualTo(Channel.WEB);
        assertThat(rating.verified).isFalse();
        assertThat(rating.language).isEqualTo(language.code());
        assertThat(rating.answers.overall()).isEqualTo(4);
        assertThat(rating.answers.dignity()).isEqualTo(5);
        assertThat(rating.answers.listened()).isEqualTo(3);
        assertThat(rating.answers.timeliness()).isNull();
        assertThat(rating.answers.moneyAsked()).isFalse();
        assertThat(rating.comment).isEqualTo(messages.text(language, "web.thanks-title"));
    }

    @Test
    void aWrongCheckDigitIsShownNextToTheCodeAndNothingIsStored() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Check Digit Health Centre");
        String wrong = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 3) % 10);
        browser.get(url("/rate?lang=hi"));

        browser.findElement(By.id("code")).sendKeys(wrong);
        HeadlessChromium.submit(browser);

        WebElement error = browser.findElement(By.id("code-error"));
        assertThat(error.getText())
                .isEqualTo(messages.text(SurvivorLanguage.HI, "web.error.code-not-recognised"));
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(wrong);
        assertThat(browser.findElement(By.id("code")).getAttribute("aria-describedby"))
                .contains("code-error");
        assertThat(WebForms.ratingsOf(code)).isEmpty();
        assertThat(WebForms.ratingsOf(wrong)).isEmpty();
    }

    @Test
    void anAnswerTamperedOffTheScaleGetsA400PageAndNothingIsStored() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Tamper Test Health Centre");
        browser.get(url("/rate?lang=te"));
        browser.findElement(By.id("code")).sendKeys(code);
        HeadlessChromium.submit(browser);
        HeadlessChromium.choose(browser, "overall-5");
        // what a user could do in the browser's developer tools: change the value sent
        browser.executeScript("document.getElementById('overall-5').value = '9'");

        HeadlessChromium.submit(browser);

        assertThat(browser.findElement(By.id("notice")).getText())
                .isEqualTo(messages.text(SurvivorLanguage.TE, "web.bad-request"));
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** English is typed in ASCII digits; the others in the digits of their own script. */
    private static String typedCode(String code, SurvivorLanguage language) {
        int zero =
                switch (language) {
                    case HI -> 0x0966;
                    case BN -> 0x09E6;
                    case TE -> 0x0C66;
                    case EN -> '0';
                };
        StringBuilder out = new StringBuilder();
        code.chars().forEach(c -> out.appendCodePoint(zero + (c - '0')));
        return out.toString();
    }

    /**
     * The page's text is in the language's script, and the browser drew the heading with a font
     * that has that script (asked through the DevTools protocol), not with empty boxes.
     */
    @SuppressWarnings("unchecked")
    private void assertRendersInScript(SurvivorLanguage language) {
        Character.UnicodeBlock block =
                language == SurvivorLanguage.BN
                        ? Character.UnicodeBlock.BENGALI
                        : Character.UnicodeBlock.TELUGU;
        long inScript =
                bodyText()
                        .codePoints()
                        .filter(cp -> Character.UnicodeBlock.of(cp) == block)
                        .count();
        assertThat(inScript).as("characters of " + block).isGreaterThan(100);

        browser.executeCdpCommand("DOM.enable", Map.of());
        browser.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of());
        Object rootId = ((Map<String, Object>) document.get("root")).get("nodeId");
        Map<String, Object> heading =
                browser.executeCdpCommand(
                        "DOM.querySelector", Map.of("nodeId", rootId, "selector", "h1"));
        Map<String, Object> fonts =
                browser.executeCdpCommand(
                        "CSS.getPlatformFontsForNode", Map.of("nodeId", heading.get("nodeId")));
        List<Map<String, Object>> used = (List<Map<String, Object>>) fonts.get("fonts");
        String script =
                language == SurvivorLanguage.BN ? "(?i).*(bengali|bangla).*" : "(?i).*telugu.*";
        assertThat(used)
                .as("fonts that drew the heading")
                .anyMatch(
                        f ->
                                String.valueOf(f.get("familyName")).matches(script)
                                        && ((Number) f.get("glyphCount")).intValue() > 0);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
