package org.survivorvoice.feedback;

import java.time.Instant;
import org.survivorvoice.privacy.PhoneNumber;

/**
 * A rating as every channel hands it to {@link FeedbackService}. Either {@code encounterId} or
 * {@code providerCode} names what is rated. {@code raterKey} identifies an anonymous rater (e.g.
 * the phone blind index of an SMS) when there is no survivor id. Channels build it with {@link
 * #ofEncounter}, {@link #ofProvider} or {@link #enteredByStaff} and the {@link #by}, {@link
 * #withComment} and {@link #at} steps, so that nothing passes a row of nulls.
 *
 * <p>{@code replyPhone} ({@link #replyTo}) is the phone an SMS or a call came from, for a rater who
 * is no enrolled survivor: never stored with the rating, only handed to the safety desk as the
 * number to call her back on when the rating opens a case. {@link #toString()} leaves it out.
 */
public record RatingSubmission(
        Long encounterId,
        String providerCode,
        Long survivorId,
        String raterKey,
        Channel channel,
        String language,
        RatingAnswers answers,
        String comment,
        Instant ratedAt,
        PhoneNumber replyPhone) {

    /**
     * A verified rating of the encounter by its survivor (the service checks she is the
     * encounter's), rated now, without a comment.
     */
    public static RatingSubmission ofEncounter(
            long encounterId,
            long survivorId,
            Channel channel,
            String language,
            RatingAnswers answers) {
        return new RatingSubmission(
                encounterId, null, survivorId, null, channel, language, answers, null, null, null);
    }

    /**
     * A verified rating of the encounter entered with its provider's code, which the service checks
     * against the encounter's provider, rated now, without a comment.
     */
    public static RatingSubmission ofEncounterOfProvider(
            long encounterId,
            String providerCode,
            Channel channel,
            String language,
            RatingAnswers answers) {
        return new RatingSubmission(
                encounterId,
                providerCode,
                null,
                null,
                channel,
                language,
                answers,
                null,
                null,
                null);
    }

    /**
     * An unverified rating of the provider by an anonymous rater (see {@link #by}), rated now,
     * without a comment.
     */
    public static RatingSubmission ofProvider(
            String providerCode, Channel channel, String language, RatingAnswers answers) {
        return new RatingSubmission(
                null, providerCode, null, null, channel, language, answers, null, null, null);
    }

    /**
     * A rating a field worker entered or copied from paper, of the encounter or the provider the
     * request names (both when given must agree), rated now.
     */
    public static RatingSubmission enteredByStaff(AssistedRating request) {
        return new RatingSubmission(
                request.encounterId(),
                request.providerCode(),
                request.survivorId(),
                null,
                request.channel(),
                request.language(),
                RatingAnswers.of(request.answers(), request.moneyAsked()),
                request.comment(),
                null,
                null);
    }

    /** The same rating by the rater: her survivor id and rater key, either or both may be null. */
    public RatingSubmission by(Long survivor, String key) {
        return with(survivor, key, comment, ratedAt);
    }

    /** The same rating with the free-text comment (null for none). */
    public RatingSubmission withComment(String text) {
        return with(survivorId, raterKey, text, ratedAt);
    }

    /** The same rating, given at the moment rather than now. */
    public RatingSubmission at(Instant moment) {
        return with(survivorId, raterKey, comment, moment);
    }

    /**
     * The same rating with the phone it came from (null for none), the number a safety case it
     * opens may call back; never stored with the rating.
     */
    public RatingSubmission replyTo(PhoneNumber phone) {
        return new RatingSubmission(
                encounterId,
                providerCode,
                survivorId,
                raterKey,
                channel,
                language,
                answers,
                comment,
                ratedAt,
                phone);
    }

    private RatingSubmission with(Long survivor, String key, String text, Instant moment) {
        return new RatingSubmission(
                encounterId,
                providerCode,
                survivor,
                key,
                channel,
                language,
                answers,
                text,
                moment,
                replyPhone);
    }

    @Override
    public String toString() {
        return "RatingSubmission[encounter=" + encounterId + ", channel=" + channel + "]";
    }
}
