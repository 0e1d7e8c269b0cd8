package org.survivorvoice.training.effect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.scoring.ScoringQueries;

/**
 * Native SQL of the training effect over {@code training_event}, {@code training_attendance},
 * {@code provider}, {@code area} and {@code rating}: the event, its attending providers, the
 * untrained providers it is compared with, and their valid ratings per quarter and rater (valid as
 * the scoring counts them: {@link ScoringQueries#VALID_RATING}). Reads only, inside the caller's
 * transaction.
 */
@ApplicationScoped
public class TrainingEffectQueries {

    private final EntityManager em;

    public TrainingEffectQueries(EntityManager em) {
        this.em = em;
    }

    /** A training event as stored. */
    public record EventRow(
            long id, LocalDate heldOn, String topic, String organiser, String pillar) {}

    /**
     * An attending provider.
     *
     * @param stateId the comparison area: the parent of the provider's district (0 for none)
     */
    public record AttendanceRow(
            long providerId, String category, long districtId, long stateId, int staffCount) {}

    /** A provider's valid ratings by one rater in one quarter. */
    public record RatingGroup(long providerId, String period, String raterKey, long n, long x) {}

    private static final String EVENT_COLUMNS =
            "SELECT e.id, CAST(e.held_on AS CHAR), e.topic, e.organiser, e.pillar FROM"
                    + " training_event e";

    /** The event, if it exists. */
    public Optional<EventRow> event(long id) {
        Query query = em.createNativeQuery(EVENT_COLUMNS + " WHERE e.id = :id");
        query.setParameter("id", id);
        return NativeRow.list(query).stream().findFirst().map(TrainingEffectQueries::event);
    }

    /**
     * Events held between the two days (both included), oldest first; with a district, only those
     * with an attending provider in it.
     */
    public List<EventRow> heldBetween(LocalDate from, LocalDate to, Optional<Long> district) {
        String sql =
                EVENT_COLUMNS
                        + " WHERE e.held_on BETWEEN :from AND :to"
                        + (district.isPresent()
                                ? " AND EXISTS (SELECT 1 FROM training_attendance ta JOIN"
                                        + " provider p ON p.id = ta.provider_id WHERE"
                                        + " ta.training_id = e.id AND p.district_id = :district)"
                                : "")
                        + " ORDER BY e.held_on, e.id";
        Query query = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        district.ifPresent(d -> query.setParameter("district", d));
        return NativeRow.list(query).stream().map(TrainingEffectQueries::event).toList();
    }

    /** The event's attending providers, by provider id. */
    public List<AttendanceRow> attendance(long eventId) {
        Query query =
                em.createNativeQuery(
                                """
                                SELECT ta.provider_id, pc.code, p.district_id, d.parent_id,
                                       ta.staff_count
                                FROM training_attendance ta
                                JOIN provider p ON p.id = ta.provider_id
                                JOIN provider_category pc ON pc.id = p.category_id
                                JOIN area d ON d.id = p.district_id
                                WHERE ta.training_id = :event
                                ORDER BY ta.provider_id
                                """)
                        .setParameter("event", eventId);
        return NativeRow.list(query).stream()
                .map(
                        r ->
                                new AttendanceRow(
                                        r.longValue(0),
                                        r.string(1),
                                        r.longValue(2),
                                        r.longOrZero(3),
                                        r.intValue(4)))
                .toList();
    }

    /**
     * The untrained providers of a comparison: of one of the categories, in a district of one of
     * the states, and attending no training event held on or before the day given.
     */
    public List<Long> untrained(
            Collection<String> categories, Collection<Long> states, LocalDate trainedBy) {
        Query query =
                em.createNativeQuery(
                                """
                                SELECT p.id
                                FROM provider p
                                JOIN provider_category pc ON pc.id = p.category_id
                                JOIN area d ON d.id = p.district_id
                                WHERE pc.code IN (:categories)
                                  AND d.parent_id IN (:states)
                                  AND NOT EXISTS (
                                      SELECT 1 FROM training_attendance ta
                                      JOIN training_event e ON e.id = ta.training_id
                                      WHERE ta.provider_id = p.id AND e.held_on <= :trainedBy)
                                ORDER BY p.id
                                """)
                        .setParameter("categories", List.copyOf(categories))
                        .setParameter("states", List.copyOf(states))
                        .setParameter("trainedBy", trainedBy);
        return NativeRow.longs(query);
    }

    /**
     * The providers' valid ratings in the quarters, grouped by provider, quarter and rater: enough
     * to pool a cell and count its distinct raters over its providers.
     */
    public List<RatingGroup> ratings(
            Collection<Long> providers,
            List<String> periods,
            int satisfiedMinOverall,
            boolean verifiedOnly) {
        if (providers.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        Query query =
                em.createNativeQuery(
                                "SELECT r.provider_id, r.period, r.rater_key, COUNT(*),"
                                        + " SUM(CASE WHEN r.overall >= :satisfied THEN 1 ELSE 0"
                                        + " END) FROM rating r WHERE r.provider_id IN (:providers)"
                                        + " AND r.period IN (:periods) AND "
                                        + ScoringQueries.VALID_RATING
                                        + " GROUP BY r.provider_id, r.period, r.rater_key")
                        .setParameter("satisfied", satisfiedMinOverall)
                        .setParameter("providers", List.copyOf(providers))
                        .setParameter("periods", periods)
                        .setParameter("verifiedOnly", verifiedOnly);
        return NativeRow.list(query).stream()
                .map(
                        r ->
                                new RatingGroup(
                                        r.longValue(0),
                                        r.string(1),
                                        r.string(2),
                                        r.longValue(3),
                                        r.longValue(4)))
                .toList();
    }

    private static EventRow event(NativeRow r) {
        return new EventRow(
                r.longValue(0),
                LocalDate.parse(r.string(1)),
                r.string(2),
                r.string(3),
                r.string(4));
    }
}
