package org.survivorvoice.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.survivorvoice.common.time.Quarter;

/**
 * Response rates for the MIS, read from the {@code outreach_response_rate} view (V11): per
 * provider, channel and quarter of first send, invitations sent and answered (a rating tied to the
 * invitation's encounter).
 */
@ApplicationScoped
public class OutreachFigures {

    private final EntityManager em;

    public OutreachFigures(EntityManager em) {
        this.em = em;
    }

    /** Every provider's and channel's figures of the quarter, by provider then channel. */
    @Transactional
    public List<ResponseRate> responseRates(Quarter period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT provider_id, district_id, channel, period,"
                                        + " invitations_sent, invitations_answered"
                                        + " FROM outreach_response_rate WHERE period = ?1"
                                        + " ORDER BY provider_id, channel")
                        .setParameter(1, period.toString())
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new ResponseRate(
                                        ((Number) r[0]).longValue(),
                                        ((Number) r[1]).longValue(),
                                        (String) r[2],
                                        (String) r[3],
                                        ((Number) r[4]).longValue(),
                                        ((Number) r[5]).longValue()))
                .toList();
    }
}
