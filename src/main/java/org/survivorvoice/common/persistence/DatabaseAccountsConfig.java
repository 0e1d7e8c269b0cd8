package org.survivorvoice.common.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The application's database account as the migration account grants it its table rights (README,
 * "Database accounts"). Flyway migrates with {@code quarkus.flyway.username}, the service runs with
 * {@code quarkus.datasource.username}.
 */
@ConfigMapping(prefix = "survivor-voice.database-accounts")
public interface DatabaseAccountsConfig {

    /** User name of the application account; by default {@code quarkus.datasource.username}. */
    Optional<String> applicationUser();

    /** Host part of the application account, as it was created ({@code 'user'@'host'}). */
    @WithDefault("%")
    String applicationHost();
}
