package org.survivorvoice.reports.data;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;

/**
 * The encounters behind the Outcomes sheet, with each outcome as it stood at an as-of instant, in
 * the caller's read-only transaction. An encounter keeps only its current outcome; its earlier ones
 * are in the audit log, where {@code EncounterService.changeOutcome} writes every change as {@code
 * OUTCOME} of {@code encounter} with the detail {@code "PENDING -> RECEIVED"}. So the outcome at
 * the as-of instant is the current one when it was set before then, else the one the first later
 * change started from; and the moment it became RECEIVED is the last audited change into RECEIVED
 * before then, else the moment the row's outcome was set (logged as RECEIVED). Encounters logged
 * after the as-of instant are left out, so a regenerated workbook reads the same rows.
 *
 * <p>The rows are streamed, one per encounter with ids for names: a national quarter has hundreds
 * of thousands of encounters, which held as a list of Java objects took more heap than the whole
 * workbook may use. The first encounter of a service type comes from {@code
 * ix_encounter_survivor_type} (V30): without it, at a million ratings, each look-up read all of the
 * survivor's encounters and the query took 7 s of the workbook's 28 s of reading.
 */
@ApplicationScoped
public class OutcomeQueries {

    private static final String AUDITED =
            " FROM audit_log a WHERE a.object_type = 'encounter' AND a.action = 'OUTCOME'"
                    // the column's collation, so that the comparison is legal and uses the index
                    + " AND a.object_id = CAST(e.id AS CHAR) COLLATE utf8mb4_unicode_ci";

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    public OutcomeQueries(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * One encounter of the quarter as the Outcomes sheet counts it (exactly one of the three
     * outcomes is true). Holds a survivor id for counting distinct survivors over a pillar; it
     * never leaves {@code reports.data}.
     *
     * @param districtId the providers' district
     * @param serviceTypeId the service type
     * @param survivorId whose encounter it is
     * @param received whether it was RECEIVED at the as-of instant
     * @param pending whether it was PENDING then
     * @param denied whether it was DENIED then
     * @param firstEncounter the date of her first encounter of this service type (any district,
     *     logged before the as-of instant)
     * @param firstReceipt when it became RECEIVED (null unless received)
     */
    public record EncounterThen(
            long districtId,
            long serviceTypeId,
            long survivorId,
            boolean received,
            boolean pending,
            boolean denied,
            LocalDate firstEncounter,
            Instant firstReceipt) {}

    /** A service type as the sheet names and groups it. */
    public record TypeLabel(String name, Pillar pillar) {}

    /**
     * Streams the quarter's encounters in scope, of encounters logged before {@code asOf}, as they
     * stood then, without holding them in memory. The consumer must not use the database: the
     * connection is busy with the stream until it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void encounters(
            Quarter period,
            Optional<Long> district,
            Instant asOf,
            Consumer<EncounterThen> consumer) {
        String sql =
                "SELECT e.district_id, e.service_type_id, e.survivor_id, e.outcome_then ="
                    + " 'RECEIVED', e.outcome_then = 'PENDING', e.outcome_then = 'DENIED', (SELECT"
                    + " MIN(f.encounter_date) FROM encounter f WHERE f.survivor_id = e.survivor_id"
                    + " AND f.service_type_id = e.service_type_id AND f.created_at < ?), CASE WHEN"
                    + " e.outcome_then = 'RECEIVED' THEN COALESCE((SELECT MAX(a.occurred_at)"
                        + AUDITED
                        + " AND a.detail LIKE '% -> RECEIVED' AND a.occurred_at < ?),"
                        + " CASE WHEN e.outcome_changed_at < ?"
                        + " THEN e.outcome_changed_at ELSE e.created_at END) END"
                        + " FROM (SELECT e.*, CASE WHEN e.outcome_changed_at < ?"
                        + " THEN e.outcome ELSE COALESCE((SELECT"
                        + " SUBSTRING_INDEX(a.detail, ' -> ', 1)"
                        + AUDITED
                        + " AND a.occurred_at >= ? ORDER BY a.occurred_at, a.id"
                        + " LIMIT 1), e.outcome) END AS outcome_then FROM encounter e"
                        + " WHERE e.encounter_date BETWEEN ? AND ?"
                        + " AND e.created_at < ?"
                        + (district.isPresent() ? " AND e.district_id = ?" : "")
                        + ") e";
        LocalDateTime then = LocalDateTime.ofInstant(asOf, ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J streams row by row only with this fetch size; any other buffers it all
            s.setFetchSize(Integer.MIN_VALUE);
            int i = 1;
            s.setObject(i++, then);
            s.setObject(i++, then);
            s.setObject(i++, then);
            s.setObject(i++, then);
            s.setObject(i++, then);
            s.setObject(i++, period.start());
            s.setObject(i++, period.end());
            s.setObject(i++, then);
            if (district.isPresent()) {
                s.setLong(i, district.get());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime receipt = rs.getObject(8, LocalDateTime.class);
                    consumer.accept(
                            new EncounterThen(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getBoolean(4),
                                    rs.getBoolean(5),
                                    rs.getBoolean(6),
                                    rs.getObject(7, LocalDate.class),
                                    receipt == null ? null : receipt.toInstant(ZoneOffset.UTC)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the quarter's outcomes failed", e);
        }
    }

    /** Every district's name by id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, String> districtNames() {
        Map<Long, String> names = new HashMap<>();
        for (NativeRow r :
                NativeRow.list(
                        em.createNativeQuery(
                                "SELECT id, name FROM area WHERE level = 'DISTRICT'"))) {
            names.put(r.longValue(0), r.string(1));
        }
        return names;
    }

    /** Every service type's name and pillar by id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, TypeLabel> serviceTypes() {
        Map<Long, TypeLabel> types = new HashMap<>();
        for (NativeRow r :
                NativeRow.list(em.createNativeQuery("SELECT id, name, pillar FROM service_type"))) {
            types.put(r.longValue(0), new TypeLabel(r.string(1), Pillar.valueOf(r.string(2))));
        }
        return types;
    }
}
