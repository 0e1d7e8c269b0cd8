package org.survivorvoice.scoring.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.BetaPosterior;
import org.survivorvoice.scoring.method.RankInterval;
import org.survivorvoice.scoring.method.RankIntervals;
import org.survivorvoice.scoring.method.ScoringParameters;

/**
 * Rank intervals as published (design/SCORING.md, "Displayed score" and "Published precision"):
 * "rank 3-11 of 40" for every provider past the suppression gate of one category and comparison
 * area, computed by {@link RankIntervals} (10,000 joint draws, seeded by the period) but from the
 * <em>published</em> figures of every provider, never from its exact counts. Pure: no CDI, no
 * database; {@link DisclosurePolicy#rankIntervals} is its entry point.
 *
 * <p>Why the published figures. A rank interval computed from the exact posteriors {@code Beta(x +
 * m theta0, n - x + m (1 - theta0))} is a function of the exact (n, x) of every provider in the
 * group: read next to the published score and interval it could rule out some of the at least k = 5
 * pairs (n, x) that the published precision leaves a reader, and two providers' intervals together
 * could do more. Instead each provider is represented by the one Beta distribution that a reader
 * can already rebuild from what is published:
 *
 * <pre>
 *   c     = max(ratings band low end, min-ratings) + m_published
 *   alpha = score_published * c,   beta = (1 - score_published) * c
 * </pre>
 *
 * which is exactly the distribution whose 5 % and 95 % quantiles, rounded outwards to whole
 * percents, are the published interval ({@link PublishedPrecision}: "the interval of a provider
 * with the fewest ratings of the band and the published score"). Its mean is the published score. m
 * is taken at its published precision ({@link DisclosurePolicy#priorWeight}, one decimal), so every
 * input of the computation is printed somewhere: the figures, the method statement, the suppression
 * gate and the period (the seed). The rank interval is therefore a function of published values
 * alone and cannot narrow any provider's candidate pairs; anyone can re-run it.
 *
 * <p>The cost is a slightly wider, more honest interval than the exact one: a provider is drawn
 * with the precision of the smallest count of its ratings band and its score is rounded to a whole
 * percent (or to the middle of its run of k pairs). Providers repeating an earlier quarter's
 * figures ("unchanged: too few new ratings") are drawn with those repeated figures, as every other
 * output shows them.
 */
public final class PublishedRanks {

    private PublishedRanks() {}

    /**
     * The posterior a reader rebuilds from a provider's published figures: mean the published
     * score, weight the fewest ratings of its band (never below the gate) plus the published m. A
     * published score of 0 or 1 gives the point mass there.
     *
     * @param publishedM the group's m as published (one decimal)
     */
    public static BetaPosterior posterior(
            PublishedFigures figures, double publishedM, ScoringParameters params) {
        double weight = Math.max(figures.ratingsLow(), params.minRatings()) + publishedM;
        return new BetaPosterior(figures.score() * weight, (1 - figures.score()) * weight);
    }

    /**
     * The rank intervals of one comparison group from its published figures.
     *
     * @param group the published figures of every provider past the suppression gate of one
     *     category and comparison area in the period, by provider code
     * @param m the group's prior weight; rounded here to its published precision
     * @param period the period published, whose {@link RankIntervals#seed} seeds the draws
     * @return every provider's interval, in code order; empty for an empty group
     */
    public static Map<String, RankInterval> of(
            Map<String, PublishedFigures> group,
            double m,
            Quarter period,
            ScoringParameters params) {
        double publishedM = DisclosurePolicy.priorWeight(m);
        Map<String, BetaPosterior> posteriors = new LinkedHashMap<>();
        group.forEach(
                (code, figures) -> posteriors.put(code, posterior(figures, publishedM, params)));
        return RankIntervals.calculate(
                posteriors,
                RankIntervals.DEFAULT_DRAWS,
                RankIntervals.seed(period.year(), period.quarter()),
                params);
    }
}
