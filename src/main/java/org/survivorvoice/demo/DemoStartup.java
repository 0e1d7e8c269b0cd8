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
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.jobs.ReportJobService;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.security.Roles;

/**
 * Fills an empty dev database with the demo programme and the demo accounts, then scores the newest
 * released quarter and records the admin's field reviews of it, so that the first look at scores
 * and reports shows named good practice and laggards. The bean exists only in builds of the dev
 * profile, so no other profile can create these accounts, whatever its configuration says; within
 * dev it acts only when {@code survivor-voice.demo.enabled=true}.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoStartup {

    private final DemoProgrammeWriter writer;
    private final DemoFieldReviews reviews;
    private final DemoAccounts accounts;
    private final DemoCases cases;
    private final DemoCollectives collectives;
    private final ReportJobService workbooks;
    private final ReleaseCalendar releases;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    DemoStartup(
            DemoProgrammeWriter writer,
            DemoFieldReviews reviews,
            DemoAccounts accounts,
            DemoCases cases,
            DemoCollectives collectives,
            ReportJobService workbooks,
            ReleaseCalendar releases,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.writer = writer;
        this.reviews = reviews;
        this.accounts = accounts;
        this.cases = cases;
        this.collectives = collectives;
        this.workbooks = workbooks;
        this.releases = releases;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        SurvivorVoiceConfig.Demo demo = config.demo();
        if (!demo.enabled()) {
            return;
        }
        long started = System.nanoTime();
        Loaded loaded = null;
        if (writer.hasProviders()) {
            Log.info("Demo programme not loaded: the database already has providers");
        } else {
            loaded = load(demo);
        }
        // the accounts need the loaded districts, and the reviews need the admin account
        List<String> users = accounts.ensure();
        if (loaded != null && users.contains(Roles.ADMIN)) {
            reviews.record(loaded.programme(), loaded.report(), Roles.ADMIN);
            // the field worker's first look at /staff/cases finds open, overdue and closed cases
            cases.open();
            collectives.write();
            // the funder's first look at /staff/reports finds the released quarter's workbook,
            // written in the background as the nightly schedule would
            workbooks.queueScheduled(
                    new ReportRequest(releases.latestReleased(), Audience.FUNDER, null, false));
            Log.infof(
                    "Demo programme ready in %d ms: loaded, scored and reviewed",
                    (System.nanoTime() - started) / 1_000_000);
        }
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

    private record Loaded(DemoProgramme programme, DemoLoadReport report) {}

    private Loaded load(SurvivorVoiceConfig.Demo demo) {
        long started = System.nanoTime();
        ZoneId zone = config.timeZone();
        DemoSize size = new DemoSize(demo.providers(), demo.survivors(), demo.ratings());
        DemoProgramme programme =
                DemoProgramme.generate(
                        demo.seed(), size, LocalDate.now(clock.withZone(zone)), zone);
        DemoLoadReport report = writer.write(programme);
        Log.infof(
                "Demo programme loaded in %d ms (seed %d): %d providers, %d survivors, %,d"
                        + " encounters, %,d ratings, %,d invitations over %s to %s, %,.0f rows/s",
                (System.nanoTime() - started) / 1_000_000,
                demo.seed(),
                report.providers(),
                report.survivors(),
                report.encounters(),
                report.ratings(),
                report.invitations(),
                programme.quarters().get(0),
                programme.quarters().get(programme.quarters().size() - 1),
                report.rowsPerSecond());
        return new Loaded(programme, report);
    }
}
