package org.survivorvoice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.survivorvoice.common.persistence.EmbeddedMariaDb;

/**
 * Starts a throw-away embedded MariaDB for the test run, unless {@code QUARKUS_DATASOURCE_JDBC_URL}
 * points the tests at an external MySQL 8.
 */
public class EmbeddedMariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;
    private Path root;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        try {
            root = Files.createTempDirectory("survivor-voice-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"));
        return db.datasourceProperties();
    }

    @Override
    public void stop() {
        if (db != null) {
            db.stop();
            deleteQuietly(root);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless; the OS cleans /tmp
        }
    }
}
