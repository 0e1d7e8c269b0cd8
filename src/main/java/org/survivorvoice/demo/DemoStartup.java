package org.survivorvoice.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * Fills an empty dev database with the demo programme and the demo accounts. The bean exists only
 * in builds of the dev profile, so no other profile can create these accounts, whatever its
 * configuration says; within dev it acts only when {@code survivor-voice.demo.enabled=true}.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoStartup {

    private final DemoProgrammeWriter writer;
    private final DemoAccounts accounts;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    DemoStartup(
            DemoProgrammeWriter writer,
            DemoAccounts accounts,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.writer = writer;
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        SurvivorVoiceConfig.Demo demo = config.demo();
        if (!demo.enabled()) {
            return;
        }
        if (writer.hasProviders()) {
            Log.info("Demo programme not loaded: the database already has providers");
        } else {
            load(demo);
        }
        List<String> users = accounts.ensure();
        if (users.equals(DemoAccounts.USERNAMES)) {
            Log.infof(
                    "Demo users admin, fieldworker, official (%s), funder with password '%s' (dev"
                            + " profile only)",
                    DemoAccounts.OFFICIAL_DISTRICT, DemoAccounts.PASSWORD);
        } else {
            Log.infof(
                    "Demo users %s with password '%s' (dev profile only)",
                    String.join(", ", users), DemoAccounts.PASSWORD);
        }
    }

    private void load(SurvivorVoiceConfig.Demo demo) {
        long started = System.nanoTime();
        ZoneId zone = config.timeZone();
        DemoSize size = new DemoSize(demo.providers(), demo.survivors(), demo.ratings());
        DemoProgramme programme =
                DemoProgramme.generate(
                        demo.seed(), size, LocalDate.now(clock.withZone(zone)), zone);
        DemoLoadReport report = writer.write(programme);
        Log.infof(
                "Demo programme loaded in %d ms (seed %d): %d providers, %d survivors, %,d"
                        + " encounters, %,d ratings over %s to %s, %,.0f rows/s",
                (System.nanoTime() - started) / 1_000_000,
                demo.seed(),
                report.providers(),
                report.survivors(),
                report.encounters(),
                report.ratings(),
                programme.quarters().get(0),
                programme.quarters().get(programme.quarters().size() - 1),
                report.rowsPerSecond());
    }
}
