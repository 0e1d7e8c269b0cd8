package org.survivorvoice.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rating for quality checks: never the survivor id, phone or comment. */
public record RatingListItem(
        Long id,
        String providerCode,
        Channel channel,
        boolean verified,
        String period,
        Answers answers,
        @Schema(nullable = true) Boolean moneyAsked) {

    static RatingListItem of(Rating r) {
        return new RatingListItem(
                r.id,
                r.provider.code,
                r.channel,
                r.verified,
                r.period,
                r.answers.toAnswers(),
                r.answers.moneyAsked());
    }
}
