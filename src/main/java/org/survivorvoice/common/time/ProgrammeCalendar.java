package org.survivorvoice.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * The one owner of "which quarter is it": quarters are the programme's, in its time zone ({@code
 * survivor-voice.time-zone}), not the server's or UTC, so a rating given at 01:00 in Kolkata on 1
 * April counts in Q2 wherever the server runs.
 */
@ApplicationScoped
public class ProgrammeCalendar {

    private final Clock clock;
    private final SurvivorVoiceConfig config;

    public ProgrammeCalendar(Clock clock, SurvivorVoiceConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** The quarter the programme is in now. */
    public Quarter currentQuarter() {
        return quarterOf(clock.instant());
    }

    /** The programme's quarter of an instant. */
    public Quarter quarterOf(Instant instant) {
        return quarterOf(instant, config.timeZone());
    }

    /** The quarter of an instant in a programme's time zone: the rule itself. */
    public static Quarter quarterOf(Instant instant, ZoneId zone) {
        return Quarter.of(instant.atZone(zone).toLocalDate());
    }
}
