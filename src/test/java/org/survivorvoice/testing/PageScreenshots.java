package org.survivorvoice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page screenshots for review, in {@code target/screenshots/}: the page from top to bottom at
 * the browser's phone width, not only the part the viewport shows, so that a reviewer sees every
 * table. Taken through the DevTools protocol, which works with JavaScript off.
 */
public final class PageScreenshots {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * A common Android phone's width in CSS pixels. Headless Chromium does not make its window
     * narrower than 500 pixels whatever {@code --window-size} asks, so the screenshot emulates a
     * phone: this width, the page's viewport meta honoured, scrollbars that take no room.
     */
    private static final int PHONE_WIDTH = 412;

    private PageScreenshots() {}

    /**
     * Saves the whole page as {@code name}, then checks that nothing makes the page wider than the
     * screen (a wide table has to scroll inside its own box, not drag the page sideways).
     */
    public static Path take(ChromeDriver browser, String name) throws IOException {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        PHONE_WIDTH,
                        "height",
                        900,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        true));
        try {
            return capture(browser, name);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @SuppressWarnings("unchecked")
    private static Path capture(ChromeDriver browser, String name) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Number> viewport = (Map<String, Number>) metrics.get("cssLayoutViewport");
        Map<String, Object> shot =
                browser.executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of(
                                "format",
                                "png",
                                "captureBeyondViewport",
                                true,
                                "clip",
                                Map.of(
                                        "x", 0,
                                        "y", 0,
                                        "width", content.get("width"),
                                        "height", content.get("height"),
                                        "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name);
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(Files.size(target)).isGreaterThan(1000);
        assertThat(content.get("width").doubleValue())
                .as(name + ": the page is wider than the screen")
                .isLessThanOrEqualTo(viewport.get("clientWidth").doubleValue());
        return target;
    }
}
