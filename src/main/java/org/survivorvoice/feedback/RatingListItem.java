package org.survivorvoice.feedback;

/** A rating for quality checks: never the survivor id, phone or comment. */
public record RatingListItem(
        Long id,
        String providerCode,
        Channel channel,
        boolean verified,
        String period,
        Answers answers,
        Boolean moneyAsked) {

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
