package org.survivorvoice.feedback;

import java.time.Instant;

/**
 * A rating as every channel hands it to {@link FeedbackService}. Either {@code encounterId} or
 * {@code providerCode} names what is rated. {@code raterKey} identifies an anonymous rater (e.g.
 * the phone blind index of an SMS) when there is no survivor id.
 */
public record RatingSubmission(
        Long encounterId,
        String providerCode,
        Long survivorId,
        String raterKey,
        Channel channel,
        String language,
        Answers answers,
        Boolean moneyAsked,
        String comment,
        Instant ratedAt) {

    @Override
    public String toString() {
        return "RatingSubmission[encounter=" + encounterId + ", channel=" + channel + "]";
    }
}
