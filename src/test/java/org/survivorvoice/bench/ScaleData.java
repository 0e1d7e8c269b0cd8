package org.survivorvoice.bench;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.demo.DemoLoadReport;
import org.survivorvoice.demo.DemoProgramme;
import org.survivorvoice.demo.DemoProgrammeWriter;
import org.survivorvoice.demo.DemoSize;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.privacy.VaultConfig;

/**
 * The demo programme at the load preset ({@link DemoSize#BENCHMARK}: 10,000 providers, 1,000,000
 * ratings) written into the benchmark's database by the application's own demo writer, run here in
 * the harness (the packaged application has no demo: only dev builds load one). Phones are
 * encrypted with the keys the application under test reads, so it could open them; PINs are hashed
 * at cost 4 instead of 10, as the test users are (the writer hashes one per PIN, not per row).
 */
final class ScaleData {

    static final long SEED = 20260401;

    private ScaleData() {}

    /** Generates the programme as seen on {@code today} and writes it. */
    static Loaded load(
            String jdbcUrl,
            String user,
            String password,
            String encryptionKey,
            String indexKey,
            LocalDate today,
            ZoneId zone,
            DemoSize size)
            throws SQLException {
        AgroalDataSourceConfigurationSupplier configuration =
                new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(
                                pool ->
                                        pool.maxSize(2)
                                                .connectionFactoryConfiguration(
                                                        factory ->
                                                                factory.jdbcUrl(jdbcUrl)
                                                                        .principal(
                                                                                new NamePrincipal(
                                                                                        user))
                                                                        .credential(
                                                                                new SimplePassword(
                                                                                        password))));
        try (AgroalDataSource dataSource = AgroalDataSource.from(configuration)) {
            VaultConfig vaultConfig =
                    config(
                            VaultConfig.class,
                            Map.of("encryptionKey", encryptionKey, "indexKey", indexKey));
            SurvivorVoiceConfig config =
                    config(
                            SurvivorVoiceConfig.class,
                            Map.of(
                                    "enrolment",
                                    config(
                                            SurvivorVoiceConfig.Enrolment.class,
                                            Map.of("pinHashCost", 4)),
                                    "timeZone",
                                    zone));
            DemoProgrammeWriter writer =
                    new DemoProgrammeWriter(dataSource, new PhoneVault(vaultConfig), config);
            long started = System.nanoTime();
            DemoProgramme programme = DemoProgramme.generate(SEED, size, today, zone);
            DemoLoadReport report = writer.write(programme);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Loaded(programme, report, seconds);
        }
    }

    /** The programme, what was written, and the seconds from generation to the last commit. */
    record Loaded(DemoProgramme programme, DemoLoadReport report, double seconds) {}

    /**
     * A configuration interface answering the named methods from {@code values}, an empty Optional
     * for an Optional one not named, and failing on any other: the writer and the vault read only
     * these, and a change that makes them read more fails here loudly.
     */
    static <T> T config(Class<T> type, Map<String, Object> values) {
        InvocationHandler handler =
                (Object proxy, Method method, Object[] args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "toString" -> "bench " + type.getSimpleName();
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    }
                    Object value = values.get(method.getName());
                    if (value != null) {
                        return value;
                    }
                    if (method.getReturnType() == Optional.class) {
                        return Optional.empty();
                    }
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(
                            type.getSimpleName()
                                    + "."
                                    + method.getName()
                                    + " not set by the bench");
                };
        return type.cast(
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
