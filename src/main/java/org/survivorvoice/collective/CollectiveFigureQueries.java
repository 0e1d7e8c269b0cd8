package org.survivorvoice.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringQueries;

/**
 * What the MIS Collectives sheet rests on, read in the caller's transaction: the collectives that
 * worked in a quarter, and per group of collectives (the caller groups them, e.g. by level and
 * district) exact counts, never an id or anything of a member. The caller publishes them through
 * its disclosure policy.
 *
 * <ul>
 *   <li>collectives: formed by the quarter's last day and not closed by then;
 *   <li>members: distinct survivors with a membership open on the quarter's last day;
 *   <li>enrolled through peers: distinct survivors enrolled in the quarter (programme time zone)
 *       and recorded as identified through one of the collectives (or its peer leader, which
 *       records the collective too);
 *   <li>members' ratings: valid ratings of the quarter ({@code rating.period}; valid as the scoring
 *       counts them, {@link ScoringQueries#VALID_RATING}) by a survivor who was a member on the
 *       rating's day in the programme's time zone;
 *   <li>members who received an entitlement: distinct members on the quarter's last day with an
 *       encounter dated in the quarter whose outcome is RECEIVED.
 * </ul>
 */
@ApplicationScoped
public class CollectiveFigureQueries {

    /** A collective that worked in the quarter (formed by its end, not closed before it began). */
    public record CollectiveFacts(
            long id,
            CollectiveLevel level,
            long areaId,
            String areaName,
            Long districtId,
            long stateId,
            Long parentId,
            boolean activeAtEnd) {}

    /** Exact counts of one group of collectives. */
    public record GroupFigures(
            long collectives,
            long members,
            long enrolledThroughPeers,
            long memberRatings,
            long membersReceived) {}

    private static final String COLLECTIVES =
            "SELECT c.id, c.level, a.id, a.name, c.district_id, c.state_id, c.parent_id,"
                + " (c.closed_on IS NULL OR c.closed_on > :end) FROM collective c JOIN area a ON"
                + " a.id = c.area_id WHERE c.formed_on <= :end AND (c.closed_on IS NULL OR"
                + " c.closed_on >= :start) ORDER BY c.id";

    private static final String MEMBERS =
            "SELECT m.collective_id, m.survivor_id FROM collective_member m"
                    + " WHERE m.joined_on <= :end AND (m.left_on IS NULL OR m.left_on > :end)";

    private static final String ENROLLED =
            "SELECT s.identified_collective_id, s.id FROM survivor s"
                    + " WHERE s.identified_collective_id IS NOT NULL"
                    + " AND s.created_at >= :from AND s.created_at < :to";

    /** Members' ratings of the quarter, with the membership they fall in checked in Java. */
    private static final String RATINGS =
            "SELECT m.collective_id, r.id, r.rated_at, m.joined_on, m.left_on FROM rating r"
                    + " JOIN collective_member m ON m.survivor_id = r.survivor_id"
                    + " WHERE r.period = :period AND"
                    + ScoringQueries.VALID_RATING;

    private static final String RECEIVED =
            "SELECT DISTINCT m.collective_id, m.survivor_id FROM collective_member m"
                    + " JOIN encounter e ON e.survivor_id = m.survivor_id"
                    + " WHERE m.joined_on <= :end AND (m.left_on IS NULL OR m.left_on > :end)"
                    + " AND e.outcome = 'RECEIVED'"
                    + " AND e.encounter_date >= :start AND e.encounter_date <= :end";

    private final EntityManager em;

    public CollectiveFigureQueries(EntityManager em) {
        this.em = em;
    }

    /** The collectives that worked in the quarter, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CollectiveFacts> collectives(Quarter quarter) {
        List<?> rows =
                em.createNativeQuery(COLLECTIVES)
                        .setParameter("start", Date.valueOf(quarter.start()))
                        .setParameter("end", Date.valueOf(quarter.end()))
                        .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(
                        r ->
                                new CollectiveFacts(
                                        number(r[0]),
                                        CollectiveLevel.valueOf((String) r[1]),
                                        number(r[2]),
                                        (String) r[3],
                                        r[4] == null ? null : number(r[4]),
                                        number(r[5]),
                                        r[6] == null ? null : number(r[6]),
                                        number(r[7]) != 0))
                .toList();
    }

    /**
     * The exact figures of each group, the groups given as collective id to group key (collectives
     * left out count for no group), in the order of first appearance.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <K> Map<K, GroupFigures> figures(
            Quarter quarter,
            ZoneId zone,
            boolean verifiedOnly,
            Map<Long, K> groupOf,
            Set<Long> activeAtEnd) {
        Map<K, Long> collectives = new LinkedHashMap<>();
        for (Map.Entry<Long, K> e : groupOf.entrySet()) {
            collectives.merge(e.getValue(), activeAtEnd.contains(e.getKey()) ? 1L : 0L, Long::sum);
        }
        Date start = Date.valueOf(quarter.start());
        Date end = Date.valueOf(quarter.end());
        Map<K, Set<Long>> members =
                grouped(
                        em.createNativeQuery(MEMBERS).setParameter("end", end).getResultList(),
                        groupOf);
        Map<K, Set<Long>> enrolled =
                grouped(
                        em.createNativeQuery(ENROLLED)
                                .setParameter("from", instant(quarter.start(), zone))
                                .setParameter("to", instant(quarter.end().plusDays(1), zone))
                                .getResultList(),
                        groupOf);
        Map<K, Set<Long>> ratings =
                grouped(
                        memberRatings(
                                em.createNativeQuery(RATINGS)
                                        .setParameter("period", quarter.toString())
                                        .setParameter("verifiedOnly", verifiedOnly)
                                        .getResultList(),
                                zone),
                        groupOf);
        Map<K, Set<Long>> received =
                grouped(
                        em.createNativeQuery(RECEIVED)
                                .setParameter("start", start)
                                .setParameter("end", end)
                                .getResultList(),
                        groupOf);
        Map<K, GroupFigures> figures = new LinkedHashMap<>();
        for (K key : collectives.keySet()) {
            figures.put(
                    key,
                    new GroupFigures(
                            collectives.get(key),
                            size(members, key),
                            size(enrolled, key),
                            size(ratings, key),
                            size(received, key)));
        }
        return figures;
    }

    private static <K> Map<K, Set<Long>> grouped(List<?> rows, Map<Long, K> groupOf) {
        Map<K, Set<Long>> sets = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            K key = groupOf.get(number(r[0]));
            if (key != null) {
                sets.computeIfAbsent(key, k -> new HashSet<>()).add(number(r[1]));
            }
        }
        return sets;
    }

    /**
     * The (collective, rating) pairs where she was a member on the day she rated, the day read in
     * the programme's time zone (rated_at is UTC: a rating at 02:00 IST is the previous day in
     * UTC).
     */
    private static List<Object[]> memberRatings(List<?> rows, ZoneId zone) {
        List<Object[]> kept = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            LocalDate day = ((Timestamp) r[2]).toInstant().atZone(zone).toLocalDate();
            LocalDate joined = ((Date) r[3]).toLocalDate();
            LocalDate left = r[4] == null ? null : ((Date) r[4]).toLocalDate();
            if (!joined.isAfter(day) && (left == null || left.isAfter(day))) {
                kept.add(new Object[] {r[0], r[1]});
            }
        }
        return kept;
    }

    private static <K> long size(Map<K, Set<Long>> sets, K key) {
        return sets.getOrDefault(key, Set.of()).size();
    }

    private static Timestamp instant(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static long number(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).longValue();
    }
}
