package org.survivorvoice.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.ProviderCode;

/**
 * Writes a generated demo programme with plain JDBC batch inserts: Hibernate would keep every
 * entity of the transaction in its session, and a million ratings do not fit. The driver rewrites
 * each batch into multi-row inserts ({@code rewriteBatchedStatements=true}). Areas, providers and
 * survivors commit together; encounters and ratings commit every {@value #COMMIT_EVERY} ratings, so
 * the server's undo log stays small. Phones go through the vault; PINs are hashed once per PIN and
 * the hash reused, since bcrypt is slow by design. Invitations get the ids the database gives them:
 * nothing the load writes refers to one.
 */
@ApplicationScoped
public class DemoProgrammeWriter {

    private static final int BATCH = 2_000;
    private static final int COMMIT_EVERY = 100_000;

    private final AgroalDataSource dataSource;
    private final PhoneVault vault;
    private final SurvivorVoiceConfig config;

    public DemoProgrammeWriter(
            AgroalDataSource dataSource, PhoneVault vault, SurvivorVoiceConfig config) {
        this.dataSource = dataSource;
        this.vault = vault;
        this.config = config;
    }

    /** Whether the database has any provider yet. */
    public boolean hasProviders() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM provider)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count providers", e);
        }
    }

    /**
     * Writes the programme next to whatever the database holds. Runs its own transactions, so it
     * must not be called inside one.
     */
    @Transactional(Transactional.TxType.NEVER)
    public DemoLoadReport write(DemoProgramme programme) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (DemoRowStatements rows = new DemoRowStatements(c)) {
                DemoIds ids = DemoIds.after(c);
                writeRegister(c, rows, programme, ids);
                long[] written = writeActivities(c, rows, programme, ids);
                programme.trainings().write(c, ids, programme.zone());
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                return new DemoLoadReport(
                        programme.areas().size(),
                        programme.providers().size(),
                        programme.survivors().size(),
                        written[0],
                        written[1],
                        written[2],
                        ids.provider(0),
                        elapsed);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo programme could not be written", e);
        }
    }

    /** Areas, providers and survivors, in one transaction. */
    private void writeRegister(
            Connection c, DemoRowStatements rows, DemoProgramme programme, DemoIds ids)
            throws SQLException {
        Instant created =
                programme
                        .quarters()
                        .get(0)
                        .start()
                        .minusYears(1)
                        .atStartOfDay(programme.zone())
                        .toInstant();
        for (DemoArea area : programme.areas()) {
            rows.addArea(area, ids, created);
        }
        rows.area.executeBatch();
        Map<String, Long> categories = codes(c, "provider_category");
        Set<String> taken = existingCodes(c);
        Set<String> ours = new HashSet<>();
        programme.providers().forEach(p -> ours.add(p.code()));
        for (DemoProvider p : programme.providers()) {
            rows.addProvider(
                    p, freeCode(p.code(), taken, ours), id(categories, p.category()), ids, created);
        }
        rows.provider.executeBatch();
        String[] pinHashes = new String[DemoProgramme.IVR_PINS.size()];
        for (int i = 0; i < pinHashes.length; i++) {
            pinHashes[i] =
                    BcryptUtil.bcryptHash(
                            DemoProgramme.IVR_PINS.get(i), config.enrolment().pinHashCost());
        }
        String timeZone = programme.zone().getId();
        int pending = 0;
        for (DemoSurvivor s : programme.survivors()) {
            PhoneNumber phone =
                    PhoneNumber.parse(s.mobile())
                            .orElseThrow(() -> new IllegalStateException("Not a mobile number"));
            rows.addSurvivor(
                    s,
                    vault.encrypt(phone),
                    vault.blindIndex(phone),
                    s.ivrPin() < 0 ? null : pinHashes[s.ivrPin()],
                    timeZone,
                    ids);
            if (++pending == BATCH) {
                rows.survivor.executeBatch();
                pending = 0;
            }
        }
        rows.survivor.executeBatch();
        c.commit();
        Log.infof(
                "Demo load: %d areas, %d providers, %d survivors written",
                programme.areas().size(),
                programme.providers().size(),
                programme.survivors().size());
    }

    /** Encounters, ratings and invitations, streamed; returns how many of each were written. */
    private long[] writeActivities(
            Connection c, DemoRowStatements rows, DemoProgramme programme, DemoIds ids)
            throws SQLException {
        Map<String, Long> serviceTypes = codes(c, "service_type");
        long encounters = 0;
        long ratings = 0;
        long invitations = 0;
        int pending = 0;
        Iterator<DemoActivity> activities = programme.activities();
        while (activities.hasNext()) {
            DemoActivity activity = activities.next();
            DemoEncounter e = activity.encounter();
            if (e != null) {
                DemoProvider p = programme.providers().get(e.providerIndex());
                rows.addEncounter(
                        e, id(serviceTypes, e.serviceType()), ids.area(p.districtIndex()), ids);
                encounters++;
                pending++;
                if (activity.invitation() != null) {
                    rows.addInvitation(activity.invitation(), ids.area(p.districtIndex()), ids);
                    invitations++;
                    pending++;
                }
            }
            if (activity.rating() != null) {
                rows.addRating(activity.rating(), ids);
                ratings++;
                pending++;
                if (ratings % COMMIT_EVERY == 0) {
                    flush(rows);
                    pending = 0;
                    c.commit();
                    Log.infof(
                            "Demo load: %,d of %,d ratings and %,d encounters written",
                            ratings, programme.size().ratings(), encounters);
                }
            }
            if (pending >= BATCH) {
                flush(rows);
                pending = 0;
            }
        }
        flush(rows);
        c.commit();
        return new long[] {encounters, ratings, invitations};
    }

    /** Encounters first: the ratings and invitations of the batch refer to them. */
    private static void flush(DemoRowStatements rows) throws SQLException {
        rows.encounter.executeBatch();
        rows.rating.executeBatch();
        rows.invitation.executeBatch();
    }

    /**
     * The programme's code, or when the database already uses it (a test or an earlier load made
     * that provider) the next free code after it: codes are unique across the table.
     */
    private static String freeCode(String code, Set<String> taken, Set<String> ours) {
        int body = Integer.parseInt(code.substring(0, ProviderCode.LENGTH - 1));
        String candidate = code;
        while (taken.contains(candidate) || (!candidate.equals(code) && ours.contains(candidate))) {
            body = body == 99_999 ? 10_000 : body + 1;
            candidate = ProviderCode.withCheckDigit(Integer.toString(body)).value();
        }
        taken.add(candidate);
        return candidate;
    }

    private static Set<String> existingCodes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code FROM provider")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /**
     * Codes and ids of a seeded catalogue table ({@code provider_category}, {@code service_type}).
     */
    private static Map<String, Long> codes(Connection c, String table) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        // the table names are constants of this class, never input
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, id FROM " + table)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static long id(Map<String, Long> catalogue, String code) {
        Long id = catalogue.get(code);
        if (id == null) {
            throw new IllegalStateException("The seeded catalogue has no code " + code);
        }
        return id;
    }
}
