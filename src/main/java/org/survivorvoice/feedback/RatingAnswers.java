package org.survivorvoice.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a survivor answered, as one value: the five answers on the 1-5 scale ({@link Answers}, the
 * shape the API sends and takes) and whether money or a favour was asked. Embedded on the same
 * columns wherever answers are kept ({@code rating}, {@code ivr_call}), and what the demo programme
 * draws; any part may be null.
 */
@Embeddable
public record RatingAnswers(
        @Column(columnDefinition = "tinyint") Integer overall,
        @Column(columnDefinition = "tinyint") Integer dignity,
        @Column(columnDefinition = "tinyint") Integer listened,
        @Column(columnDefinition = "tinyint") Integer timeliness,
        @Column(columnDefinition = "tinyint") Integer outcome,
        @Column(name = "money_asked") Boolean moneyAsked) {

    /** Nothing answered. Hibernate loads an embedded value whose columns are all null as null. */
    public static final RatingAnswers NONE = new RatingAnswers(null, null, null, null, null, null);

    /** The answers (none when null) and the money answer together. */
    public static RatingAnswers of(Answers answers, Boolean moneyAsked) {
        Answers a = answers == null ? Answers.NONE : answers;
        return new RatingAnswers(
                a.overall(), a.dignity(), a.listened(), a.timeliness(), a.outcome(), moneyAsked);
    }

    /** The value itself, or {@link #NONE} for null (as Hibernate loads an all-null value). */
    public static RatingAnswers orNone(RatingAnswers answers) {
        return answers == null ? NONE : answers;
    }

    /** The five answers on the 1-5 scale, without the money answer. */
    public Answers toAnswers() {
        return new Answers(overall, dignity, listened, timeliness, outcome);
    }

    /** Whether nothing was answered, the money question included. */
    public boolean isEmpty() {
        return toAnswers().isEmpty() && moneyAsked == null;
    }
}
