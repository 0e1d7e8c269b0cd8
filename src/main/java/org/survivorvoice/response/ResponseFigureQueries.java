package org.survivorvoice.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringConfig;

/**
 * Reads what the MIS response figures rest on, in the caller's transaction: the needs of a quarter
 * (from {@link ResponseNeedQueries}, their one owner), the responses to its results and the
 * follow-up answers, and hands them to {@link ResponseFigures}, which applies the as-of rule.
 * Access (which district, which audience) is the caller's.
 */
@ApplicationScoped
public class ResponseFigureQueries {

    private static final String RESPONSES =
            """
SELECT r.id, r.district_id, CAST(r.due_date AS CHAR), r.recorded_at, r.done_at, r.dropped_at
FROM provider_response r
WHERE r.period = :period %s
""";

    private static final String ANSWERS =
            """
            SELECT f.response_id, f.answer, f.answered_at
            FROM response_follow_up f
            JOIN provider_response r ON r.id = f.response_id
            WHERE r.period = :period AND f.answer IS NOT NULL AND f.answered_at IS NOT NULL %s
            """;

    private static final String LINES =
            """
            SELECT p.code, p.name, r.theme, r.action_text, r.owner_role, CAST(r.due_date AS CHAR),
                   r.id, r.district_id, r.recorded_at, r.done_at, r.dropped_at
            FROM provider_response r
            JOIN provider p ON p.id = r.provider_id
            WHERE r.period = :period AND r.district_id = :district
            ORDER BY p.name, p.code, r.recorded_at, r.id
            """;

    private final EntityManager em;
    private final ResponseNeedQueries needs;
    private final ScoringConfig scoring;
    private final SurvivorVoiceConfig config;

    public ResponseFigureQueries(
            EntityManager em,
            ResponseNeedQueries needs,
            ScoringConfig scoring,
            SurvivorVoiceConfig config) {
        this.em = em;
        this.needs = needs;
        this.scoring = scoring;
        this.config = config;
    }

    /**
     * How each district (one district, or every one when empty) answered the quarter's results, as
     * of the instant, by district id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictResponseFigures> figures(
            Optional<Long> district, Quarter answered, Instant asOf) {
        return figures(district, answered, asOf, false);
    }

    /**
     * The figures of every district together, as one row ({@link ResponseFigures#pooled}): what a
     * funder may read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictResponseFigures> programmeFigures(Quarter answered, Instant asOf) {
        return figures(Optional.empty(), answered, asOf, true);
    }

    private List<DistrictResponseFigures> figures(
            Optional<Long> district, Quarter answered, Instant asOf, boolean pooled) {
        String scope = district.isPresent() ? "AND r.district_id = :district" : "";
        Query responses =
                em.createNativeQuery(RESPONSES.formatted(scope))
                        .setParameter("period", answered.toString());
        Query answers =
                em.createNativeQuery(ANSWERS.formatted(scope))
                        .setParameter("period", answered.toString());
        district.ifPresent(
                d -> {
                    responses.setParameter("district", d);
                    answers.setParameter("district", d);
                });
        List<ResponseState> states =
                NativeRow.list(responses).stream().map(ResponseFigureQueries::state).toList();
        List<FollowUpAnswer> replies =
                NativeRow.list(answers).stream()
                        .map(r -> new FollowUpAnswer(r.longValue(0), r.intValue(1), r.instant(2)))
                        .toList();
        return pooled
                ? ResponseFigures.pooled(
                        needs.of(district, answered),
                        states,
                        replies,
                        asOf,
                        config.timeZone(),
                        scoring.minRatings())
                : ResponseFigures.of(
                        needs.of(district, answered),
                        states,
                        replies,
                        asOf,
                        config.timeZone(),
                        scoring.minRatings());
    }

    /**
     * The district's responses to the quarter's results recorded by the instant ({@link
     * ResponseState#statusAsOf}), each with its status then, by provider: for the district's
     * officials only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResponseLine> lines(long district, Quarter answered, Instant asOf) {
        Query q =
                em.createNativeQuery(LINES)
                        .setParameter("period", answered.toString())
                        .setParameter("district", district);
        List<ResponseLine> lines = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            ResponseState state =
                    new ResponseState(
                            r.longValue(6),
                            r.longValue(7),
                            LocalDate.parse(r.string(5)),
                            r.instant(8),
                            r.nullableInstant(9),
                            r.nullableInstant(10));
            state.statusAsOf(asOf)
                    .ifPresent(
                            status ->
                                    lines.add(
                                            new ResponseLine(
                                                    r.string(0),
                                                    r.string(1),
                                                    ResponseTheme.valueOf(r.string(2)),
                                                    r.string(3),
                                                    r.string(4),
                                                    state.dueDate(),
                                                    status)));
        }
        return lines;
    }

    private static ResponseState state(NativeRow r) {
        return new ResponseState(
                r.longValue(0),
                r.longValue(1),
                LocalDate.parse(r.string(2)),
                r.instant(3),
                r.nullableInstant(4),
                r.nullableInstant(5));
    }
}
