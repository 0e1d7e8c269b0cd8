package org.survivorvoice.feedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.testing.HeadlessChromium;

/** An invitation link in headless Chromium without JavaScript: rated once, then neutral. */
@QuarkusTest
class InvitationFormBrowserTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject InvitationLinks links;
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

    @Test
    void aLinkIsRatedOnceAndThenShowsTheNeutralPage() {
        InvitationLinks.Link link = links.fresh("Browser Invitation Hospital");
        String url = root.toString().replaceAll("/$", "") + "/r/" + link.token();
        browser.get(url);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hi");
        assertThat(browser.findElement(By.id("provider")).getText())
                .isEqualTo("Browser Invitation Hospital");

        // she reads it in Bengali: the switch keeps her on her link
        HeadlessChromium.clickAndWait(
                browser, By.linkText(messages.text(SurvivorLanguage.BN, "web.language-name")));
        assertThat(browser.getCurrentUrl()).startsWith(url);
        // the same link open in a second tab, to send it again after it is used
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(url);
        String second = browser.getWindowHandle();
        browser.switchTo().window(first);
        HeadlessChromium.choose(browser, "overall-2");
        HeadlessChromium.choose(browser, "outcome-1");
        HeadlessChromium.choose(browser, "money-yes");
        HeadlessChromium.submit(browser);
        assertThat(browser.findElement(By.id("thanks")).getText())
                .isEqualTo(messages.text(SurvivorLanguage.BN, "web.thanks"));

        browser.switchTo().window(second);
        HeadlessChromium.choose(browser, "overall-5");
        HeadlessChromium.submit(browser);
        assertThat(browser.findElement(By.id("notice")).getText())
                .isEqualTo(messages.text(SurvivorLanguage.BN, "web.link-unavailable"));
        browser.close();
        browser.switchTo().window(first);

        // no-store: going back asks for the link again, which is used up now
        browser.navigate().back();
        assertThat(browser.findElement(By.id("notice")).getText())
                .isEqualTo(messages.text(SurvivorLanguage.BN, "web.link-unavailable"));
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
        browser.get(url);
        assertThat(browser.findElement(By.id("notice")).getText())
                .isEqualTo(messages.text(SurvivorLanguage.BN, "web.link-unavailable"));

        List<Rating> stored = WebForms.ratingsOf(link.providerCode());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).channel).isEqualTo(Channel.WEB);
        assertThat(stored.get(0).verified).isTrue();
        assertThat(stored.get(0).encounter.id).isEqualTo(link.encounterId());
        assertThat(stored.get(0).language).isEqualTo("bn");
        assertThat(stored.get(0).answers.overall()).isEqualTo(2);
        assertThat(stored.get(0).answers.moneyAsked()).isTrue();
    }
}
