package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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

    private final ProgrammeCalendar calendar;
    private final ScoringConfig scoring;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    public ReleaseCalendar(
            ProgrammeCalendar calendar,
            ScoringConfig scoring,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.calendar = calendar;
        this.scoring = scoring;
        this.config = config;
        this.clock = clock;
    }

    /** Whether the quarter's release delay has passed, so its results may be published. */
    public boolean isReleased(Quarter period) {
        Instant release =
                period.end()
                        .plusDays(1)
                        .atStartOfDay(config.timeZone())
                        .toInstant()
                        .plus(scoring.releaseDelay());
        return !clock.instant().isBefore(release);
    }

    /** The newest quarter whose release delay has passed. */
    public Quarter latestReleased() {
        Quarter q = calendar.currentQuarter();
        while (!isReleased(q)) {
            q = q.previous();
        }
        return q;
    }
}
