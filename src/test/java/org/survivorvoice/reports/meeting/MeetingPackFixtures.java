package org.survivorvoice.reports.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.provider.Provider;

/**
 * Meeting pack test data written straight into the tables another helper's API owns: a provider's
 * self-assessment, responses in each status, survivors' follow-up answers, and an alert.
 */
@ApplicationScoped
public class MeetingPackFixtures {

    private final EntityManager em;
    private final OutreachFixtures outreach;

    public MeetingPackFixtures(EntityManager em, OutreachFixtures outreach) {
        this.em = em;
        this.outreach = outreach;
    }

    /** The provider's own answers (1-5 or null) of the quarter. */
    @Transactional
    public void selfAssessment(
            String providerCode,
            String period,
            Integer overall,
            Integer dignity,
            Integer listened,
            Integer timeliness,
            Integer outcome) {
        em.createNativeQuery(
                        "INSERT INTO self_assessment (provider_id, period, overall, dignity,"
                            + " listened, timeliness, outcome, recorded_by, created_at, updated_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'test', ?8, ?8)")
                .setParameter(1, Provider.findByCode(providerCode).id)
                .setParameter(2, period)
                .setParameter(3, overall)
                .setParameter(4, dignity)
                .setParameter(5, listened)
                .setParameter(6, timeliness)
                .setParameter(7, outcome)
                .setParameter(8, utc(Instant.now()))
                .executeUpdate();
    }

    /** A response of the provider's district to its results of the quarter; returns its id. */
    @Transactional
    public long response(String providerCode, String period, String status, String actionText) {
        Provider provider = Provider.findByCode(providerCode);
        LocalDateTime now = utc(Instant.now());
        em.createNativeQuery(
                        "INSERT INTO provider_response (provider_id, district_id, period, theme,"
                                + " action_text, owner_role, due_date, status, drop_reason,"
                                + " recorded_by, recorded_at, done_at, dropped_at, created_at,"
                                + " updated_at) VALUES (?1, ?2, ?3, 'DIGNITY', ?4, 'Station house"
                                + " officer', ?5, ?6, ?7, 'test', ?10, ?8, ?9, ?10, ?10)")
                .setParameter(1, provider.id)
                .setParameter(2, provider.district.id)
                .setParameter(3, period)
                .setParameter(4, actionText)
                .setParameter(5, LocalDate.of(2026, 1, 31))
                .setParameter(6, status)
                .setParameter(7, "DROPPED".equals(status) ? "No budget" : null)
                .setParameter(8, "DONE".equals(status) ? now : null)
                .setParameter(9, "DROPPED".equals(status) ? now : null)
                .setParameter(10, now)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
                .longValue();
    }

    /** Follow-ups of the response answered by new survivors of the district, one answer each. */
    public void answers(long responseId, long districtId, int... answers) {
        for (int answer : answers) {
            long survivor = outreach.survivor(districtId, OutreachFixtures.phone(), Consent.ALL);
            followUp(responseId, survivor, answer);
        }
    }

    @Transactional
    void followUp(long responseId, long survivorId, int answer) {
        LocalDateTime now = utc(Instant.now());
        em.createNativeQuery(
                        "INSERT INTO response_follow_up (response_id, survivor_id, channel,"
                            + " language, status, expires_at, sent_at, answer, answered_at,"
                            + " created_at, updated_at) VALUES (?1, ?2, 'SMS_CONVERSATION', 'hi',"
                            + " 'ANSWERED', ?3, ?3, ?4, ?3, ?3, ?3)")
                .setParameter(1, responseId)
                .setParameter(2, survivorId)
                .setParameter(3, now)
                .setParameter(4, answer)
                .executeUpdate();
    }

    /** A deterioration alert of the provider in the quarter, fired at its latest rating. */
    @Transactional
    public void alert(String providerCode, String period) {
        Provider provider = Provider.findByCode(providerCode);
        Object[] rating =
                (Object[])
                        em.createNativeQuery(
                                        "SELECT id, rated_at FROM rating WHERE provider_id = ?1"
                                                + " ORDER BY rated_at DESC, id DESC LIMIT 1")
                                .setParameter(1, provider.id)
                                .getSingleResult();
        LocalDateTime now = utc(Instant.now());
        em.createNativeQuery(
                        "INSERT INTO score_alert (provider_id, category_id, district_id, period,"
                                + " rating_id, fired_at, statistic, threshold, p0, created_at,"
                                + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 5.2, 4.5, 0.3, ?7,"
                                + " ?7)")
                .setParameter(1, provider.id)
                .setParameter(2, provider.category.id)
                .setParameter(3, provider.district.id)
                .setParameter(4, period)
                .setParameter(5, ((Number) rating[0]).longValue())
                .setParameter(6, rating[1])
                .setParameter(7, now)
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
