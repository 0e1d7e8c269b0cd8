package org.survivorvoice.feedback;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.encounter.EncounterRatings;
import org.survivorvoice.security.AuditService;

/**
 * Ratings read for staff and other features: the admins' quality-check list (every call writes an
 * audit row, hence a service), and whether an encounter is rated (for outreach, through {@link
 * EncounterRatings}). Ratings are stored only by {@link FeedbackService}.
 */
@ApplicationScoped
public class RatingService implements EncounterRatings {

    private final AuditService audit;

    public RatingService(AuditService audit) {
        this.audit = audit;
    }

    /** Ratings, newest first, filtered by provider code, channel and period. */
    @Transactional
    public PageResult<RatingListItem> list(
            String providerCode, Channel channel, String period, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (providerCode != null && !providerCode.isBlank()) {
            query.append(" and provider.code = :code");
            params.put("code", providerCode.strip());
        }
        if (channel != null) {
            query.append(" and channel = :channel");
            params.put("channel", channel);
        }
        Quarter quarter = QueryParameters.quarter("period", period);
        if (quarter != null) {
            params.put("period", quarter.toString());
            query.append(" and period = :period");
        }
        var found =
                Rating.<Rating>find(
                        query.toString(),
                        Sort.descending("ratedAt").and("id", Sort.Direction.Descending),
                        params);
        var items = found.page(Page.of(page.page(), page.size())).list();
        audit.record(
                "LIST",
                "rating",
                null,
                "provider=" + providerCode + " channel=" + channel + " period=" + period);
        return new PageResult<>(items, page.page(), page.size(), found.count())
                .map(RatingListItem::of);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isRated(Encounter encounter) {
        return Rating.existsForEncounter(encounter.id);
    }
}
