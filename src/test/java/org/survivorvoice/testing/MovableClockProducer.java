package org.survivorvoice.testing;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * The application's clock replaced by one a test moves, for test profiles that list this class in
 * {@code getEnabledAlternatives()} (release delays, retention): {@link #CLOCK} is what every bean
 * reads as now.
 */
@Alternative
@Singleton
public class MovableClockProducer {

    /** The clock of the profiles that enable this producer. */
    public static final MovableClock CLOCK =
            new MovableClock(Instant.parse("1950-01-01T00:00:00Z"));

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
