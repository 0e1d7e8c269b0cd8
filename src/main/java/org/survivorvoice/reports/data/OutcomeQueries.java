package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;

/**
 * The encounters behind the Outcomes sheet, each with its outcome as it stood at an as-of instant,
 * in the caller's read-only transaction. An encounter keeps only its current outcome; its earlier
 * ones are in the audit log, where {@code EncounterService.changeOutcome} writes every change as
 * {@code OUTCOME} of {@code encounter} with the detail {@code "PENDING -> RECEIVED"}. So the
 * outcome at the as-of instant is the current one when it was set before then, else the one the
 * first later change started from; and the moment it became RECEIVED is the last audited change
 * into RECEIVED before then, else the moment the row's outcome was set (logged as RECEIVED).
 * Encounters logged after the as-of instant are left out, so a regenerated workbook reads the same
 * rows.
 */
@ApplicationScoped
public class OutcomeQueries {

    private static final String AUDITED =
            " FROM audit_log a WHERE a.object_type = 'encounter' AND a.action = 'OUTCOME'"
                    // the column's collation, so that the comparison is legal and uses the index
                    + " AND a.object_id = CAST(e.id AS CHAR) COLLATE utf8mb4_unicode_ci";

    private final EntityManager em;

    public OutcomeQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One encounter of the quarter as the Outcomes sheet counts it. Holds a survivor id for
     * counting distinct survivors; it never leaves {@code reports.data}.
     *
     * @param district the provider's district, by name
     * @param serviceTypeCode the service type's code
     * @param serviceType the service type's name
     * @param pillar the pillar the service type is reported under now
     * @param survivorId whose encounter it is
     * @param outcome RECEIVED, PENDING or DENIED as it stood at the as-of instant
     * @param firstEncounter the date of her first encounter of this service type (any district,
     *     logged before the as-of instant)
     * @param receivedAt when it became RECEIVED (null unless the outcome is RECEIVED)
     */
    public record EncounterState(
            String district,
            String serviceTypeCode,
            String serviceType,
            Pillar pillar,
            long survivorId,
            String outcome,
            LocalDate firstEncounter,
            Instant receivedAt) {}

    /** The quarter's encounters in scope, logged before {@code asOf}, as they stood then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EncounterState> encounters(Quarter period, Optional<Long> district, Instant asOf) {
        Query q =
                em.createNativeQuery(
                        "SELECT d.name, t.code, t.name, t.pillar, e.survivor_id, e.outcome_then,"
                                + " DATE_FORMAT((SELECT MIN(f.encounter_date) FROM encounter f"
                                + " WHERE f.survivor_id = e.survivor_id"
                                + " AND f.service_type_id = e.service_type_id"
                                + " AND f.created_at < :asOf), '%Y-%m-%d'),"
                                + " CASE WHEN e.outcome_then = 'RECEIVED' THEN COALESCE("
                                + "(SELECT MAX(a.occurred_at)"
                                + AUDITED
                                + " AND a.detail LIKE '% -> RECEIVED' AND a.occurred_at < :asOf),"
                                + " CASE WHEN e.outcome_changed_at < :asOf"
                                + " THEN e.outcome_changed_at ELSE e.created_at END) END"
                                + " FROM (SELECT e.*, CASE WHEN e.outcome_changed_at < :asOf"
                                + " THEN e.outcome ELSE COALESCE((SELECT"
                                + " SUBSTRING_INDEX(a.detail, ' -> ', 1)"
                                + AUDITED
                                + " AND a.occurred_at >= :asOf ORDER BY a.occurred_at, a.id"
                                + " LIMIT 1), e.outcome) END AS outcome_then FROM encounter e"
                                + " WHERE e.encounter_date BETWEEN :start AND :end"
                                + " AND e.created_at < :asOf"
                                + (district.isPresent() ? " AND e.district_id = :district" : "")
                                + ") e"
                                + " JOIN area d ON d.id = e.district_id"
                                + " JOIN service_type t ON t.id = e.service_type_id"
                                + " ORDER BY e.id");
        q.setParameter("start", period.start());
        q.setParameter("end", period.end());
        q.setParameter("asOf", asOf);
        district.ifPresent(d -> q.setParameter("district", d));
        List<EncounterState> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            rows.add(
                    new EncounterState(
                            r.string(0),
                            r.string(1),
                            r.string(2),
                            Pillar.valueOf(r.string(3)),
                            r.longValue(4),
                            r.string(5),
                            LocalDate.parse(r.string(6)),
                            r.nullableInstant(7)));
        }
        return rows;
    }
}
