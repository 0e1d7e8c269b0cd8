package org.survivorvoice.outreach.results;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Results back to survivors, under {@code survivor-voice.outreach.results}: once a quarter after
 * its release, one SMS with her district's share of satisfied ratings to each survivor who
 * consented to the purpose.
 */
@ConfigMapping(prefix = "survivor-voice.outreach.results")
public interface ResultsConfig {

    /** Whether the results job creates messages at all (off: it runs and does nothing). */
    @WithDefault("true")
    boolean enabled();

    /**
     * When the job looks at the newest released quarter (Quartz cron, programme time zone; one
     * replica per firing). Daily, so a missed day is caught up the next; a survivor never gets one
     * quarter twice.
     */
    @WithDefault("0 15 10 * * ?")
    String cron();

    /**
     * How long after a quarter's release its results may still go out: a message waiting for her
     * safe hours, or a survivor who consents later, gets none once this has passed.
     */
    @WithDefault("30D")
    Duration validity();
}
