package org.survivorvoice.testing;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through the system chromedriver, with JavaScript switched off
 * as on the simplest phones. Nothing reaches the network: Selenium Manager is not asked for a
 * driver, and Chromium's background services are off.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Whether Debian's chromium and chromium-driver are installed (.ci/run installs them). */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A new browser; the caller quits it. */
    public static ChromeDriver start() {
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
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Clicks the element and waits for the next page to replace the current one. */
    public static void clickAndWait(ChromeDriver browser, By what) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> gone(page));
    }

    /**
     * Whether the old page's root is gone. Chromium answers a node of a page being replaced with
     * either a stale-element error or, in a tab that was just switched to, an inspector error
     * ("Node with given id does not belong to the document"); both mean the same.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Signs in through the real sign-in page as the user (made by {@link Fixtures#user}, with the
     * fixtures' password) and waits for her start page.
     */
    public static void logIn(ChromeDriver browser, URL root, String username) {
        browser.get(root.toString().replaceFirst("/$", "") + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        submit(browser);
        if (browser.getCurrentUrl().contains("/login")) {
            throw new AssertionError(username + " could not sign in");
        }
    }

    /** Sends the page's form and waits for the answer. */
    public static void submit(ChromeDriver browser) {
        clickAndWait(browser, By.cssSelector("main button[type=submit]"));
    }

    /** Ticks a radio button by tapping its label, as a finger would. */
    public static void choose(ChromeDriver browser, String id) {
        browser.findElement(By.cssSelector("label[for=" + id + "]")).click();
        if (!browser.findElement(By.id(id)).isSelected()) {
            throw new AssertionError(id + " not selected by tapping its label");
        }
    }
}
