package org.survivorvoice.common.config;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Refuses to start a production run that lacks a setting {@link ProductionSettings} requires, with
 * one message naming all of them.
 *
 * <p>Why a config source factory: SmallRye calls it while Quarkus builds the runtime configuration,
 * after the environment, system properties and {@code application.properties} are read but before
 * config mappings are validated and before any bean (datasource, Flyway, the phone vault) exists. A
 * start-up observer would run after those had already failed one by one, each with a message naming
 * a single key or none ("Unable to create the datasource"). The factory adds no source: it only
 * looks. Quarkus prints the message of a {@link ConfigurationException} that ends a start on its
 * own, without a stack trace, and exits with status 1.
 */
public class ProductionConfigCheck implements ConfigSourceFactory {

    /** A property only the runtime configuration of a starting application has. */
    static final String RUNTIME_MARKER = "quarkus.uuid";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!runtime(context) || !ProductionSettings.appliesTo(profiles)) {
            return List.of();
        }
        ProductionSettings.Verdict verdict =
                ProductionSettings.check(name -> valueOf(context.getValue(name)));
        if (!verdict.acceptable()) {
            throw new ConfigurationException(verdict.message(profiles));
        }
        return List.of();
    }

    /**
     * Whether this is the configuration of a starting application. Quarkus also reads the
     * application's config source factories while it builds the jar ({@code package}, prod profile,
     * no production settings there) and at static init; only the runtime configuration has {@code
     * quarkus.uuid}, the identifier Quarkus generates for each start.
     */
    static boolean runtime(ConfigSourceContext context) {
        return valueOf(context.getValue(RUNTIME_MARKER)).isPresent();
    }

    private static Optional<String> valueOf(ConfigValue value) {
        return value == null ? Optional.empty() : Optional.ofNullable(value.getValue());
    }
}
