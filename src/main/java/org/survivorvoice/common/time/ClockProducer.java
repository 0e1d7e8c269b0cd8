package org.survivorvoice.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the application, so tests can control time (safe hours, release delays). */
@ApplicationScoped
public class ClockProducer {

    // a JDK class cannot get a client proxy, so the clock is a singleton; tests swap it with an
    // alternative producer
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
