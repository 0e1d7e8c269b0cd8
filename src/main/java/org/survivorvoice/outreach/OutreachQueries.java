package org.survivorvoice.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;

/**
 * Response rates for the MIS, read from the {@code outreach_response_rate} view (V11): per
 * provider, channel and quarter of first send, invitations sent and answered (a rating tied to the
 * invitation's encounter).
 */
@ApplicationScoped
public class OutreachQueries {

    private final EntityManager em;

    public OutreachQueries(EntityManager em) {
        this.em = em;
    }

    /** Every provider's and channel's figures of the quarter, by provider then channel. */
    @Transactional
    public List<ResponseRate> responseRates(Quarter period) {
        Query q =
                em.createNativeQuery(
                                "SELECT provider_id, district_id, channel, period,"
                                        + " invitations_sent, invitations_answered"
                                        + " FROM outreach_response_rate WHERE period = ?1"
                                        + " ORDER BY provider_id, channel")
                        .setParameter(1, period.toString());
        return NativeRow.list(q).stream()
                .map(
                        r ->
                                new ResponseRate(
                                        r.longValue(0),
                                        r.longValue(1),
                                        r.string(2),
                                        r.string(3),
                                        r.longValue(4),
                                        r.longValue(5)))
                .toList();
    }
}
