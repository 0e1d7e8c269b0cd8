package org.survivorvoice.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the survivor and staff web pages under {@code survivor-voice.web}. */
@ConfigMapping(prefix = "survivor-voice.web")
public interface WebConfig {

    /**
     * Requests one IP address may make to the survivor pages within {@link #rateWindow()}; beyond
     * it they get a friendly 429 page. Generous, because mobile carriers put many phones behind one
     * address: filling the form takes about five requests.
     */
    @WithDefault("300")
    int maxRequestsPerIp();

    /**
     * Requests one invitation link ({@code /r/<token>}) may get within {@link #rateWindow()}, from
     * any address; beyond it, a friendly 429 page.
     */
    @WithDefault("20")
    int maxRequestsPerToken();

    /** The window over which requests are counted per IP address and per invitation link. */
    @WithDefault("10M")
    Duration rateWindow();

    /**
     * Where the quick-exit link leads (through {@code /exit}, so that no page names another host):
     * a neutral site that tells an onlooker nothing.
     */
    @WithDefault("https://www.google.com/search?q=weather")
    String quickExitUrl();

    /**
     * Send cookies with {@code Secure} (and the CSRF cookie with the {@code __Host-} prefix, so a
     * sibling subdomain cannot plant it). Off only where pages are served over plain HTTP.
     */
    @WithDefault("true")
    boolean secureCookies();

    /**
     * Largest file a staff page takes (paper forms, provider imports); a larger one gets a page
     * that says so and nothing is stored. The server reads bodies up to {@code
     * quarkus.http.limits.max-body-size} (32 MB) so that such a file reaches the page at all.
     */
    @WithDefault("10M")
    MemorySize maxUpload();
}
