package org.survivorvoice.scoring;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.NamingRule;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/** Field verifications of flagged providers, and the trend of a provider's scores. */
@ApplicationScoped
public class ReviewService {

    private final ProviderService providers;
    private final ScoringQueries queries;
    private final ScoringService scoring;
    private final StaffContext staff;
    private final AuditService audit;
    private final ReviewQueries queue;

    public ReviewService(
            ProviderService providers,
            ScoringQueries queries,
            ScoringService scoring,
            StaffContext staff,
            AuditService audit,
            ReviewQueries queue) {
        this.queue = queue;
        this.providers = providers;
        this.queries = queries;
        this.scoring = scoring;
        this.staff = staff;
        this.audit = audit;
    }

    /** Records a review of a provider flagged in the period; 422 when it is not flagged so. */
    @Transactional
    public ReviewView record(NewReview request) {
        Quarter period = QueryParameters.quarter("period", request.period());
        Provider provider = providers.requireVisible(request.providerCode());
        Band band =
                queries.band(provider.id, period)
                        .orElseThrow(
                                () ->
                                        new RuleViolatedException(
                                                "The provider has no score for " + period + "."));
        if (band != request.label().requiredBand()) {
            throw new RuleViolatedException(
                    "The provider is not "
                            + request.label().requiredBand()
                            + " in "
                            + period
                            + ", so it cannot be reviewed as "
                            + request.label()
                            + ".");
        }
        Band previous = queries.band(provider.id, period.previous()).orElse(null);
        ProviderReview review = new ProviderReview();
        review.provider = provider;
        review.period = period.toString();
        review.label = request.label();
        review.verified = request.verified();
        review.note = request.note() == null ? null : request.note().strip();
        review.reviewer = staff.actor();
        review.persist();
        boolean named = NamingRule.named(band, previous, review.label, review.verified);
        audit.record(
                "REVIEW", "provider", provider.code, review.label + " verified=" + review.verified);
        Log.infof(
                "Review %d of provider %s for %s: %s, named %s",
                review.id, provider.code, period, review.label, named);
        return new ReviewView(
                review.id,
                provider.code,
                review.period,
                review.label,
                review.verified,
                band,
                previous,
                named);
    }

    /**
     * The review queue of a period: every provider flagged then, those the confirmation rule does
     * not name yet first. Admins only (the resource says so): it names unverified flags.
     */
    @Transactional
    public List<ReviewQueueItem> queue(Quarter period) {
        if (!staff.hasRole(Roles.ADMIN)) {
            throw new ForbiddenScopeException("The review queue is for admins.");
        }
        return queue.flagged(period);
    }

    /** A provider's scores by period; officials see only released periods of their district. */
    @Transactional
    public List<TrendPoint> trend(String providerCode) {
        Provider provider = providers.requireVisible(providerCode);
        return queries.trend(provider.id).stream()
                .filter(
                        p ->
                                staff.hasRole(Roles.ADMIN)
                                        || scoring.isReleased(Quarter.parse(p.period())))
                .toList();
    }
}
