package org.survivorvoice.training.effect;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

/**
 * Training events straight into the V27 tables with SQL, for the effect's tests (the training
 * feature's own API is built beside this one): an event held on a day, attended by providers with
 * their staff counts.
 */
public final class TrainingRows {

    private TrainingRows() {}

    /** A new event, attended by the providers (id to staff count); returns its id. */
    public static long event(LocalDate heldOn, String topic, Map<Long, Integer> attendance) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            EntityManager em = Panache.getEntityManager();
                            em.createNativeQuery(
                                            "INSERT INTO training_event (held_on, topic, organiser,"
                                                + " pillar, recorded_by, created_at, updated_at)"
                                                + " VALUES (:held, :topic, 'State police academy',"
                                                + " 'PROTECT', 'test', NOW(6), NOW(6))")
                                    .setParameter("held", heldOn)
                                    .setParameter("topic", topic)
                                    .executeUpdate();
                            long id =
                                    ((Number)
                                                    em.createNativeQuery("SELECT LAST_INSERT_ID()")
                                                            .getSingleResult())
                                            .longValue();
                            for (var a : attendance.entrySet()) {
                                em.createNativeQuery(
                                                "INSERT INTO training_attendance (training_id,"
                                                        + " provider_id, staff_count, created_at,"
                                                        + " updated_at) VALUES (:t, :p, :s,"
                                                        + " NOW(6), NOW(6))")
                                        .setParameter("t", id)
                                        .setParameter("p", a.getKey())
                                        .setParameter("s", a.getValue())
                                        .executeUpdate();
                            }
                            return id;
                        });
    }
}
