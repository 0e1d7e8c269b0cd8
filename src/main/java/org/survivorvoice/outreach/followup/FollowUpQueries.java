package org.survivorvoice.outreach.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringService;

/**
 * Who is asked whether a provider's response changed anything: the survivors (by survivor id) with
 * a rating of the provider that scoring counts (an overall answer; verified when scoring counts
 * only verified ratings) in the rolling window ending with the response's quarter ({@link
 * ScoringService#window}), who are still enrolled and still consent to their ratings being used.
 * Anonymous ratings (no survivor) cannot be followed up.
 */
@ApplicationScoped
public class FollowUpQueries {

    private final EntityManager em;
    private final ScoringService scoring;
    private final ScoringConfig config;

    public FollowUpQueries(EntityManager em, ScoringService scoring, ScoringConfig config) {
        this.em = em;
        this.scoring = scoring;
        this.config = config;
    }

    /** The survivor ids, ascending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> recipients(long providerId, Quarter period) {
        List<String> periods = scoring.window(period).stream().map(Quarter::toString).toList();
        return NativeRow.longs(
                em.createNativeQuery(
                                """
                                SELECT DISTINCT r.survivor_id
                                FROM rating r JOIN survivor s ON s.id = r.survivor_id
                                WHERE r.provider_id = :provider
                                  AND r.period IN (:periods)
                                  AND r.overall IS NOT NULL
                                  AND (r.verified = TRUE OR :verifiedOnly = FALSE)
                                  AND s.consent_reporting = TRUE
                                  AND s.status = 'ENROLLED'
                                ORDER BY r.survivor_id
                                """)
                        .setParameter("provider", providerId)
                        .setParameter("periods", periods)
                        .setParameter("verifiedOnly", config.verifiedOnly()));
    }
}
