package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DimensionAnswers;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * A provider's dimension scores (dignity, listened, timeliness, outcome) as published: each
 * dimension's answers are counted by a query over the valid ratings of the window, and the
 * disclosure policy ({@link DisclosurePolicy#dimensionScore(DimensionAnswers, int)}) shows a
 * dimension only where its own answers pass the suppression gate. It checks no caller: the service
 * of an output decides first that its viewer may see the provider.
 */
@ApplicationScoped
public class PublishedDimensionService {

    /** The dimensions in page and workbook order; also the rating table's column names. */
    public static final List<String> DIMENSIONS =
            List.of("dignity", "listened", "timeliness", "outcome");

    private final EntityManager em;
    private final ScoringConfig config;
    private final ScoringService scoring;

    public PublishedDimensionService(
            EntityManager em, ScoringConfig config, ScoringService scoring) {
        this.em = em;
        this.config = config;
        this.scoring = scoring;
    }

    /**
     * The provider's published score of each dimension over the window ending with the period, in
     * {@link #DIMENSIONS} order: 0-1 in steps of 5 %, or empty where the dimension has fewer than
     * the minimum ratings (or distinct raters) answering it.
     */
    @Transactional
    public Map<String, Optional<Double>> forProvider(long providerId, Quarter period) {
        Map<String, DimensionAnswers> answers = answers(providerId, scoring.window(period));
        Map<String, Optional<Double>> scores = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            scores.put(
                    dimension,
                    DisclosurePolicy.dimensionScore(answers.get(dimension), config.minRatings()));
        }
        return scores;
    }

    /**
     * The dimension scores that go with a provider's published line of the quarter: while its
     * figures repeat ("unchanged: too few new ratings") they are those of the quarter that first
     * published them, so that no single new answer shows in a dimension either. The provider page
     * and the interface meeting pack show these.
     */
    @Transactional
    public Map<String, Optional<Double>> forPublished(
            long providerId, Quarter period, ProviderScoreView published) {
        Quarter basis =
                published.unchanged() && published.publishedSince() != null
                        ? Quarter.parse(published.publishedSince())
                        : period;
        return forProvider(providerId, basis);
    }

    /**
     * Answers, distinct raters and mean answer of each dimension over the provider's valid ratings
     * of the window (an overall answer, not from a survivor who withdrew reporting consent,
     * verified when only verified ratings are scored): the same ratings the score counts.
     */
    Map<String, DimensionAnswers> answers(long providerId, List<Quarter> window) {
        StringBuilder select = new StringBuilder("SELECT ");
        for (String d : DIMENSIONS) {
            select.append("COUNT(r.")
                    .append(d)
                    .append("), COUNT(DISTINCT CASE WHEN r.")
                    .append(d)
                    .append(" IS NOT NULL THEN r.rater_key END), AVG(r.")
                    .append(d)
                    .append("), ");
        }
        select.setLength(select.length() - 2);
        Query q =
                em.createNativeQuery(
                                select
                                        + """
                                         FROM rating r
                                        WHERE r.provider_id = :provider
                                          AND r.period IN (:periods)
                                          AND\
                                        """
                                        + ScoringQueries.VALID_RATING)
                        .setParameter("provider", providerId)
                        .setParameter("periods", window.stream().map(Quarter::toString).toList())
                        .setParameter("verifiedOnly", config.verifiedOnly());
        NativeRow row = NativeRow.single(q);
        Map<String, DimensionAnswers> answers = new LinkedHashMap<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            answers.put(
                    DIMENSIONS.get(i),
                    new DimensionAnswers(
                            row.longOrZero(3 * i),
                            row.longOrZero(3 * i + 1),
                            row.nullableDouble(3 * i + 2)));
        }
        return answers;
    }
}
