package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;

/**
 * The one owner of "is this quarter released" and "which is the latest released quarter": a
 * quarter's results reach officials and funders only once its release delay ({@code
 * survivor-voice.scoring.release-delay}) has passed after its last day, and a released quarter is
 * frozen.
 */
@ApplicationScoped
public class ReleaseCalendar {

    private final ScoringConfig scoring;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    public ReleaseCalendar(ScoringConfig scoring, SurvivorVoiceConfig config, Clock clock) {
        this.scoring = scoring;
        this.config = config;
        this.clock = clock;
    }

    /** Whether the quarter's release delay has passed, so its results may be published. */
    public boolean isReleased(Quarter period) {
        return isReleased(period, clock.instant(), config.timeZone(), scoring.releaseDelay());
    }

    /** The moment the quarter is released (its results may be published from then on). */
    public Instant releaseOf(Quarter period) {
        return releaseOf(period, config.timeZone(), scoring.releaseDelay());
    }

    /** The newest quarter whose release delay has passed. */
    public Quarter latestReleased() {
        return latestReleased(clock.instant(), config.timeZone(), scoring.releaseDelay());
    }

    /**
     * The rule itself, for a given moment: a quarter is released once the delay has passed after
     * the start of the day after its last day, in the programme's time zone. The demo programme,
     * which is seen from a date of its own, asks here too.
     */
    public static boolean isReleased(Quarter period, Instant now, ZoneId zone, Duration delay) {
        return !now.isBefore(releaseOf(period, zone, delay));
    }

    /** The moment of release: the delay after the start of the day after the quarter's last day. */
    public static Instant releaseOf(Quarter period, ZoneId zone, Duration delay) {
        return period.end().plusDays(1).atStartOfDay(zone).toInstant().plus(delay);
    }

    /** The newest quarter released at the given moment. */
    public static Quarter latestReleased(Instant now, ZoneId zone, Duration delay) {
        Quarter q = ProgrammeCalendar.quarterOf(now, zone);
        while (!isReleased(q, now, zone, delay)) {
            q = q.previous();
        }
        return q;
    }
}
