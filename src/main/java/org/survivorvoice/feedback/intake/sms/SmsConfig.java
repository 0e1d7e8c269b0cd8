package org.survivorvoice.feedback.intake.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of the SMS channel under {@code survivor-voice.sms}. */
@ConfigMapping(prefix = "survivor-voice.sms")
public interface SmsConfig {

    /**
     * Local words that mean {@code R} (a rating), besides {@code R} and {@code RATE} which always
     * do; compared without case, after the same normalisation as messages.
     */
    @WithDefault("रेट,रेटिंग,রেট,রেটিং,రేట్,రేటింగ్")
    List<String> rateKeywords();

    /**
     * Local words that mean {@code STOP}, besides STOP, STOPALL, UNSUBSCRIBE, CANCEL, END and QUIT
     * which always do.
     */
    @WithDefault("बंद,বন্ধ,ఆపు,ఆపండి")
    List<String> stopKeywords();

    /**
     * Messages one phone may send in an hour; those beyond are stored but not acted on or answered.
     */
    @WithDefault("20")
    int maxPerHour();

    /**
     * How often stored messages left RECEIVED (a webhook that failed after storing, a killed
     * process) are swept and handled: a Quartz job, once per firing across replicas.
     */
    @WithDefault("1m")
    String sweepEvery();

    /**
     * How old a RECEIVED message must be before the sweep takes it: longer than Twilio's retries of
     * the webhook last (at most a few tens of seconds with the README's overrides), so a retry is
     * answered first with the reply.
     */
    @WithDefault("2M")
    Duration sweepAfter();

    /** At most this many messages per sweep run. */
    @WithDefault("200")
    int sweepBatch();
}
