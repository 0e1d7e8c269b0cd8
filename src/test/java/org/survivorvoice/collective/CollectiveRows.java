package org.survivorvoice.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows the API cannot date in a test quarter of 1905-1909, written straight into the tables: an
 * enrolment's moment and its "identified through", and an encounter whose outcome is RECEIVED.
 */
@ApplicationScoped
public class CollectiveRows {

    private final EntityManager em;

    public CollectiveRows(EntityManager em) {
        this.em = em;
    }

    /** Dates her enrolment and records the collective she was identified through. */
    @Transactional
    public void enrolledThrough(long survivor, Long collective, Instant at) {
        em.createNativeQuery(
                        "UPDATE survivor SET created_at = :at, identified_collective_id = :c"
                                + " WHERE id = :id")
                .setParameter("at", Timestamp.from(at))
                .setParameter("c", collective)
                .setParameter("id", survivor)
                .executeUpdate();
    }

    /** An encounter of hers at the provider on the day with the outcome. */
    @Transactional
    public void encounter(
            long survivor, long provider, long district, LocalDate on, String outcome) {
        em.createNativeQuery(
                        "INSERT INTO encounter (survivor_id, provider_id, service_type_id,"
                                + " district_id, encounter_date, outcome, outcome_changed_at,"
                                + " created_at, updated_at) SELECT :s, :p, MIN(id), :d, :on, :o,"
                                + " NOW(6), NOW(6), NOW(6) FROM service_type")
                .setParameter("s", survivor)
                .setParameter("p", provider)
                .setParameter("d", district)
                .setParameter("on", java.sql.Date.valueOf(on))
                .setParameter("o", outcome)
                .executeUpdate();
    }

    /** A number the test counts itself, with its own SQL. */
    @Transactional
    public long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
