package org.survivorvoice.common.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Adds {@link ApplicationAccountGrants} to Flyway when it migrates with an account of its own
 * ({@code quarkus.flyway.username}) and the service runs with another. With one account for both
 * the service could change the audit log, so start-up says so.
 */
@Singleton
public class FlywayAccounts implements FlywayConfigurationCustomizer {

    private final Optional<String> migrationUser;
    private final Optional<String> datasourceUser;
    private final DatabaseAccountsConfig config;

    FlywayAccounts(
            @ConfigProperty(name = "quarkus.flyway.username") Optional<String> migrationUser,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> datasourceUser,
            DatabaseAccountsConfig config) {
        this.migrationUser = migrationUser;
        this.datasourceUser = datasourceUser;
        this.config = config;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Optional<String> application = config.applicationUser().or(() -> datasourceUser);
        if (migrationUser.isEmpty()
                || application.isEmpty()
                || migrationUser.get().equals(application.get())) {
            Log.warn(
                    "The service runs with the account that migrates the schema, so it could alter"
                            + " the audit log: set quarkus.flyway.username to a migration account"
                            + " (README, Database accounts)");
            return;
        }
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new ApplicationAccountGrants(application.get(), config.applicationHost()));
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
