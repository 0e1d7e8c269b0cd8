package org.survivorvoice.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev-mode database starts only when wanted; the cases below must start nothing. */
class EmbeddedDatabaseConfigSourceFactoryTest {

    private final EmbeddedDatabaseConfigSourceFactory factory =
            new EmbeddedDatabaseConfigSourceFactory();

    @Test
    void externalUrlMeansNothingEmbeddedStarts() {
        var context =
                context(List.of("dev"), Map.of("quarkus.datasource.jdbc.url", "jdbc:mysql://db/x"));

        assertThat(factory.getConfigSources(context)).isEmpty();
    }

    @Test
    void productionAndTestProfilesStartNothingByDefault() {
        assertThat(factory.getConfigSources(context(List.of("prod"), Map.of()))).isEmpty();
        assertThat(factory.getConfigSources(context(List.of("test"), Map.of()))).isEmpty();
    }

    @Test
    void devProfileCanOptOut() {
        var context =
                context(List.of("dev"), Map.of("survivor-voice.embedded-db.enabled", "false"));

        assertThat(factory.getConfigSources(context)).isEmpty();
    }

    private static ConfigSourceContext context(List<String> profiles, Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = values.get(name);
                return value == null
                        ? null
                        : ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }
        };
    }
}
