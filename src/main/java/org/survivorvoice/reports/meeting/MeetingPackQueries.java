package org.survivorvoice.reports.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;

/**
 * The meeting pack's own reads: the providers' self-assessments of the quarter and the district's
 * responses to earlier quarters with the counts of their follow-up answers. Everything else comes
 * from the services that own it (scores, dimension scores, needs, alerts).
 */
@ApplicationScoped
public class MeetingPackQueries {

    private static final String SELF_ASSESSMENTS =
            """
            SELECT p.code, p.name, c.code, c.name,
                   sa.overall, sa.dignity, sa.listened, sa.timeliness, sa.outcome
            FROM self_assessment sa
            JOIN provider p ON p.id = sa.provider_id
            JOIN provider_category c ON c.id = p.category_id
            WHERE p.district_id = :district AND sa.period = :period
            ORDER BY c.code, p.name, p.code
            """;

    /** Open (PLANNED) and done responses; answers 1 (yes) and 2 (a little) say it got better. */
    private static final String ACTIONS =
            """
            SELECT r.id, r.period, p.code, p.name, r.theme, r.action_text, r.owner_role,
                   DATE_FORMAT(r.due_date, '%Y-%m-%d'), r.status, r.done_at,
                   (SELECT COUNT(f.answer) FROM response_follow_up f
                     WHERE f.response_id = r.id),
                   (SELECT COUNT(*) FROM response_follow_up f
                     WHERE f.response_id = r.id AND f.answer IN (1, 2))
            FROM provider_response r
            JOIN provider p ON p.id = r.provider_id
            WHERE r.district_id = :district AND r.period < :period
              AND r.status IN ('PLANNED', 'DONE')
            ORDER BY r.period, p.name, r.id
            """;

    private final EntityManager em;

    public MeetingPackQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * A provider's own answers (1-5, null where not given) of one quarter.
     *
     * @param answers overall, dignity, listened, timeliness, outcome
     */
    public record SelfAssessment(
            String providerCode,
            String providerName,
            String categoryCode,
            String categoryName,
            List<Integer> answers) {}

    /**
     * A response with the counts of its follow-up answers.
     *
     * @param doneAt null while open
     * @param answers follow-ups answered
     * @param better answers saying it got better (1 or 2)
     */
    public record ActionRow(
            long id,
            Quarter period,
            String providerCode,
            String providerName,
            ResponseTheme theme,
            String actionText,
            String ownerRole,
            LocalDate dueDate,
            ResponseStatus status,
            Instant doneAt,
            long answers,
            long better) {}

    /** The self-assessments of the district's providers in the quarter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SelfAssessment> selfAssessments(long district, Quarter period) {
        List<SelfAssessment> rows = new ArrayList<>();
        for (NativeRow r :
                NativeRow.list(
                        em.createNativeQuery(SELF_ASSESSMENTS)
                                .setParameter("district", district)
                                .setParameter("period", period.toString()))) {
            List<Integer> answers = new ArrayList<>();
            for (int i = 4; i < 9; i++) {
                answers.add(r.nullableDouble(i) == null ? null : r.intValue(i));
            }
            rows.add(
                    new SelfAssessment(
                            r.string(0),
                            r.string(1),
                            r.string(2),
                            r.string(3),
                            Collections.unmodifiableList(answers)));
        }
        return rows;
    }

    /** The district's open and done responses to the results of quarters before this one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ActionRow> actions(long district, Quarter period) {
        List<ActionRow> rows = new ArrayList<>();
        for (NativeRow r :
                NativeRow.list(
                        em.createNativeQuery(ACTIONS)
                                .setParameter("district", district)
                                .setParameter("period", period.toString()))) {
            ResponseStatus status = ResponseStatus.valueOf(r.string(8));
            rows.add(
                    new ActionRow(
                            r.longValue(0),
                            Quarter.parse(r.string(1)),
                            r.string(2),
                            r.string(3),
                            ResponseTheme.valueOf(r.string(4)),
                            r.string(5),
                            r.string(6),
                            LocalDate.parse(r.string(7)),
                            status,
                            // DONE if and only if done_at is set (a check constraint of V22)
                            status == ResponseStatus.DONE ? r.instant(9) : null,
                            r.longValue(10),
                            r.longValue(11)));
        }
        return rows;
    }
}
