package org.survivorvoice.safetydesk;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;

/**
 * The desk's configuration as shipped: the {@code @WithDefault} values of {@link SafetyDeskConfig}
 * read through SmallRye Config's mapping, with no other source, so plain tests review the real
 * lists without copying them.
 */
final class SafetyDeskDefaults {

    private static final SafetyDeskConfig CONFIG =
            new SmallRyeConfigBuilder()
                    .withMapping(SafetyDeskConfig.class)
                    .withConverter(Duration.class, 100, new DurationConverter())
                    .build()
                    .unwrap(SmallRyeConfig.class)
                    .getConfigMapping(SafetyDeskConfig.class);

    private SafetyDeskDefaults() {}

    /** The shipped configuration. */
    static SafetyDeskConfig config() {
        return CONFIG;
    }
}
