package org.survivorvoice.scoring;

import java.util.List;

/**
 * The scores list of the API: the usual paging fields, plus how many providers were held back by
 * the suppression gate ({@code suppressed}), how many flagged providers await verification before
 * the caller's role may see them named ({@code underReview}), and the method per category.
 */
public record ScoreList(
        List<ProviderScoreView> items,
        int page,
        int size,
        long total,
        long suppressed,
        long underReview,
        String period,
        List<CategoryMethodView> method) {}
