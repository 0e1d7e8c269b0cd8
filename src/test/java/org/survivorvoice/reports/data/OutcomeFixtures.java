package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Rows of the Outcomes tests written with SQL, dated as the test needs (an encounter logged and
 * changed in 1900), and the test's own count over them, written without the main code.
 */
@ApplicationScoped
public class OutcomeFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    public OutcomeFixtures(EntityManager em) {
        this.em = em;
    }

    /** An enrolled survivor of the district; her phone is random bytes (never read here). */
    @Transactional
    public long survivor(long districtId) {
        byte[] cipher = new byte[48];
        byte[] index = new byte[32];
        RANDOM.nextBytes(cipher);
        RANDOM.nextBytes(index);
        em.createNativeQuery(
                        "INSERT INTO survivor (phone_ciphertext, phone_index, language, area_id,"
                                + " district_id, consent_sms, consent_ivr, consent_web_link,"
                                + " consent_reporting, consent_changed_at, safe_from, safe_to,"
                                + " time_zone, status, created_at, updated_at) VALUES (?, ?, 'bn',"
                                + " ?, ?, TRUE, TRUE, TRUE, TRUE, NOW(6), '10:00', '17:00',"
                                + " 'Asia/Kolkata', 'ENROLLED', NOW(6), NOW(6))")
                .setParameter(1, cipher)
                .setParameter(2, index)
                .setParameter(3, districtId)
                .setParameter(4, districtId)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
                .longValue();
    }

    /** An encounter with its outcome set at {@code changedAt}, logged at {@code loggedAt}. */
    @Transactional
    public long encounter(
            long survivorId,
            String providerCode,
            String serviceType,
            LocalDate date,
            String outcome,
            Instant loggedAt,
            Instant changedAt) {
        em.createNativeQuery(
                        "INSERT INTO encounter (survivor_id, provider_id, service_type_id,"
                                + " district_id, encounter_date, outcome, outcome_changed_at,"
                                + " created_at, updated_at) SELECT ?, p.id, t.id, p.district_id,"
                                + " ?, ?, ?, ?, ? FROM provider p, service_type t"
                                + " WHERE p.code = ? AND t.code = ?")
                .setParameter(1, survivorId)
                .setParameter(2, date)
                .setParameter(3, outcome)
                .setParameter(4, changedAt)
                .setParameter(5, loggedAt)
                .setParameter(6, changedAt)
                .setParameter(7, providerCode)
                .setParameter(8, serviceType)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
                .longValue();
    }

    /** The audit row {@code EncounterService.changeOutcome} writes, dated as the test needs. */
    @Transactional
    public void outcomeChanged(long encounterId, String from, String to, Instant at) {
        em.createNativeQuery(
                        "INSERT INTO audit_log (occurred_at, actor, action, object_type,"
                                + " object_id, detail) VALUES (?, 'test', 'OUTCOME', 'encounter',"
                                + " ?, ?)")
                .setParameter(1, at)
                .setParameter(2, String.valueOf(encounterId))
                .setParameter(3, from + " -> " + to)
                .executeUpdate();
        em.createNativeQuery(
                        "UPDATE encounter SET outcome = ?, outcome_changed_at = ? WHERE id = ?")
                .setParameter(1, to)
                .setParameter(2, at)
                .setParameter(3, encounterId)
                .executeUpdate();
    }

    /**
     * The test's own count: distinct survivors of the district with an encounter of one of the
     * service types dated in the quarter, logged before {@code asOf}, whose outcome at {@code asOf}
     * was the given one. The outcome then is where the last audited change before {@code asOf}
     * went, else where the first one after it started, else the row's outcome.
     */
    @Transactional
    public long survivors(
            long districtId,
            Collection<String> serviceTypes,
            LocalDate start,
            LocalDate end,
            Instant asOf,
            String outcome) {
        String audit =
                "SELECT SUBSTRING_INDEX(a.detail, ' -> ', %d) FROM audit_log a"
                        + " WHERE a.object_type = 'encounter' AND a.action = 'OUTCOME'"
                        + " AND a.object_id = e.id AND a.occurred_at %s :asOf"
                        + " ORDER BY a.occurred_at %s, a.id %s LIMIT 1";
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT COUNT(DISTINCT e.survivor_id) FROM encounter e"
                                                + " JOIN service_type t"
                                                + " ON t.id = e.service_type_id"
                                                + " WHERE e.district_id = :district"
                                                + " AND t.code IN (:types)"
                                                + " AND e.encounter_date BETWEEN :start AND :end"
                                                + " AND e.created_at < :asOf"
                                                + " AND COALESCE(("
                                                + audit.formatted(-1, "<", "DESC", "DESC")
                                                + "), ("
                                                + audit.formatted(1, ">=", "ASC", "ASC")
                                                + "), e.outcome) = :outcome")
                                .setParameter("district", districtId)
                                .setParameter("types", serviceTypes)
                                .setParameter("start", start)
                                .setParameter("end", end)
                                .setParameter("asOf", asOf)
                                .setParameter("outcome", outcome)
                                .getSingleResult())
                .longValue();
    }
}
