package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.survivorvoice.provider.Provider;

/**
 * Responses and follow-up answers stored straight into their tables (V22), with the timestamps a
 * test needs: the workbook reads them as of an instant.
 */
@ApplicationScoped
public class ResponseRowFixtures {

    private final EntityManager em;

    public ResponseRowFixtures(EntityManager em) {
        this.em = em;
    }

    /**
     * A response to the provider's results of the period, recorded at {@code created}; DONE at
     * {@code doneAt} when given, else PLANNED.
     */
    @Transactional
    public long response(
            String providerCode,
            String period,
            String action,
            LocalDate due,
            Instant created,
            Instant doneAt) {
        Provider provider = Provider.findByCode(providerCode);
        em.createNativeQuery(
                        "INSERT INTO provider_response (provider_id, district_id, period, theme,"
                            + " action_text, owner_role, due_date, status, recorded_by,"
                            + " recorded_at, done_at, created_at, updated_at) VALUES (:provider,"
                            + " :district, :period, 'DIGNITY', :action, 'Station house officer',"
                            + " :due, :status, 'official-test', :created, :done, :created,"
                            + " :created)")
                .setParameter("provider", provider.id)
                .setParameter("district", provider.district.id)
                .setParameter("period", period)
                .setParameter("action", action)
                .setParameter("due", due)
                .setParameter("status", doneAt == null ? "PLANNED" : "DONE")
                .setParameter("done", doneAt == null ? null : Timestamp.from(doneAt))
                .setParameter("created", Timestamp.from(created))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
                .longValue();
    }

    /**
     * A deterioration alert of the provider in the period, detected at the instant, on one of its
     * ratings that has none yet.
     */
    @Transactional
    public void alert(String providerCode, String period, Instant detected) {
        Provider provider = Provider.findByCode(providerCode);
        em.createNativeQuery(
                        "INSERT INTO score_alert (provider_id, category_id, district_id, period,"
                                + " rating_id, fired_at, statistic, threshold, p0, created_at,"
                                + " updated_at) SELECT :provider, :category, :district, :period,"
                                + " MIN(r.id), :at, 5.1, 4.5, 0.3, :at, :at FROM rating r WHERE"
                                + " r.provider_id = :provider AND NOT EXISTS (SELECT 1 FROM"
                                + " score_alert a WHERE a.provider_id = r.provider_id AND"
                                + " a.rating_id = r.id)")
                .setParameter("provider", provider.id)
                .setParameter("category", provider.category.id)
                .setParameter("district", provider.district.id)
                .setParameter("period", period)
                .setParameter("at", Timestamp.from(detected))
                .executeUpdate();
    }

    /** The survivor's answer (1 yes, 2 a little, 3 no) to the follow-up of the response. */
    @Transactional
    public void answer(long responseId, long survivorId, int answer, Instant answeredAt) {
        em.createNativeQuery(
                        "INSERT INTO response_follow_up (response_id, survivor_id, channel,"
                            + " language, status, expires_at, sent_at, answer, answered_at,"
                            + " created_at, updated_at) VALUES (:response, :survivor,"
                            + " 'SMS_CONVERSATION', 'bn', 'ANSWERED', :at, :at, :answer, :at, :at,"
                            + " :at)")
                .setParameter("response", responseId)
                .setParameter("survivor", survivorId)
                .setParameter("answer", answer)
                .setParameter("at", Timestamp.from(answeredAt))
                .executeUpdate();
    }
}
