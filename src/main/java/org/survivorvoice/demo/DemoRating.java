package org.survivorvoice.demo;

import java.time.Instant;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.feedback.RatingAnswers;

/**
 * A rating of the demo programme. A rating with an encounter is verified; one without is not. When
 * the survivor is known the writer sets the rater key of her id ({@link RaterKey#forSurvivor}),
 * else it uses {@link #anonymousRaterKey()}.
 *
 * @param index running number among the programme's ratings, from 0
 * @param providerIndex position of the provider rated
 * @param encounterIndex running number of the encounter rated, or -1 for an unverified rating
 * @param survivorIndex position of the survivor who rated, or -1 when unknown
 * @param anonymousRaterKey {@code P:<hex>} or {@code A:<n>} when the survivor is unknown, else null
 * @param channel how the rating arrived
 * @param language language the survivor rated in
 * @param ratedAt when she rated
 * @param period quarter of {@code ratedAt} in the programme's time zone, e.g. {@code 2026-Q1}
 * @param answers her answers, any of which may be missing
 * @param comment a short neutral comment, or null
 */
public record DemoRating(
        long index,
        int providerIndex,
        long encounterIndex,
        int survivorIndex,
        String anonymousRaterKey,
        Channel channel,
        String language,
        Instant ratedAt,
        String period,
        RatingAnswers answers,
        String comment) {

    /** Whether the rating counts as satisfied (overall 4 or 5). */
    public boolean satisfied() {
        return AnswerModel.satisfied(answers);
    }

    /** Whether the rating is tied to an encounter. */
    public boolean verified() {
        return encounterIndex >= 0;
    }
}
