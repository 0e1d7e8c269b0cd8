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
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.testing.Fixtures;

/**
 * The open form in Debian's headless Chromium, with JavaScript switched off as on the simplest
 * phones: each language end to end, a wrong check digit, a tampered answer, and screenshots of the
 * Bengali and Telugu forms in {@code target/screenshots/} for a reviewer.
 */
@QuarkusTest
class RateFormBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject Fixtures fixtures;
    @Inject SurvivorMessages messages;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        // the system chromedriver: Selenium Manager must never look for one on the network
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=412,1400");
        // pages must work without JavaScript: it is switched off for every page
        options.setExperimentalOption(
                "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.linkText(messages.text(language, "web.language-name"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.stalenessOf(before));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(language.code());
        assertThat(browser.getTitle()).isEqualTo(messages.text(language, "web.title"));

        browser.findElement(By.id("code")).sendKeys(typedCode(code, language));
        submit();
        assertThat(browser.findElement(By.id("provider")).getText()).isEqualTo(name);
        assertThat(bodyText()).contains(messages.text(language, "web.q.overall"));
        if (language == SurvivorLanguage.BN || language == SurvivorLanguage.TE) {
            screenshot("rate-" + language.code() + ".png");
            assertRendersInScript(language);
        }

        choose("overall-4");
        choose("dignity-5");
        choose("listened-3");
        choose("money-no");
        browser.findElement(By.id("comment")).sendKeys(messages.text(language, "web.thanks-title"));
        submit();
        assertThat(browser.findElement(By.id("thanks")).getText())
                .isEqualTo(messages.text(language, "web.thanks"));
        List<Rating> stored = WebForms.ratingsOf(code);
        assertThat(stored).hasSize(1);
        Rating rating = stored.get(0);
        assertThat(rating.channel).isEqualTo(Channel.WEB);
        assertThat(rating.verified).isFalse();
        assertThat(rating.language).isEqualTo(language.code());
        assertThat(rating.overall).isEqualTo(4);
        assertThat(rating.dignity).isEqualTo(5);
        assertThat(rating.listened).isEqualTo(3);
        assertThat(rating.timeliness).isNull();
        assertThat(rating.moneyAsked).isFalse();
        assertThat(rating.comment).isEqualTo(messages.text(language, "web.thanks-title"));
    }

    @Test
    void aWrongCheckDigitIsShownNextToTheCodeAndNothingIsStored() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Check Digit Health Centre");
        String wrong = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 3) % 10);
        browser.get(url("/rate?lang=hi"));

        browser.findElement(By.id("code")).sendKeys(wrong);
        submit();

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
        submit();
        choose("overall-5");
        // what a user could do in the browser's developer tools: change the value sent
        browser.executeScript("document.getElementById('overall-5').value = '9'");

        submit();

        assertThat(browser.findElement(By.id("notice")).getText())
                .isEqualTo(messages.text(SurvivorLanguage.TE, "web.bad-request"));
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }

    /** Sends the page's form and waits for the next page to replace it. */
    private void submit() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.stalenessOf(page));
    }

    private void choose(String id) {
        browser.findElement(By.cssSelector("label[for=" + id + "]")).click();
        assertThat(browser.findElement(By.id(id)).isSelected()).as(id).isTrue();
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
