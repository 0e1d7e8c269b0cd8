package org.survivorvoice.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long contact data and comments are kept (SAFETY.md D3), and when the purge runs. */
@ConfigMapping(prefix = "survivor-voice.retention")
public interface RetentionConfig {

    /**
     * Days after a survivor who left the programme had her last open invitation end (or left, if
     * later) before her phone, blind indexes and IVR PIN are deleted; also the age after which the
     * SMS and IVR logs drop the blind index of a number no survivor holds any more.
     */
    @WithDefault("90")
    int contactDays();

    /**
     * Days after a rating is made before its free-text comment is deleted; the rating stays. Also
     * the days after a safety case is closed before its opening text, phone and notes are deleted.
     */
    @WithDefault("180")
    int commentDays();

    /** When the purge runs (Quartz cron, programme time zone); one replica runs each firing. */
    @WithDefault("0 40 2 * * ?")
    String purgeCron();

    /** Rows changed per transaction, so a large backlog never holds long locks. */
    @WithDefault("500")
    int batchSize();
}
