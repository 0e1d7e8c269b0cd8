package org.survivorvoice.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/**
 * The test profile whose application clock is {@link MovableClockProducer#CLOCK}: release delays,
 * the quarter a workbook reports as of, and the end-to-end loop of responses. Test classes that
 * share it share one application.
 */
public class MovableClockProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClockProducer.class);
    }
}
