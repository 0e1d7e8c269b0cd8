package org.survivorvoice.safetydesk;

import java.util.Objects;
import org.survivorvoice.privacy.PhoneNumber;

/**
 * What a channel hands the safety desk to look at, fired as a synchronous CDI event in the
 * transaction that stores the rating or message, so that a case opens with it or not at all. The
 * desk decides whether it signals danger ({@link SignalDetector}) and opens at most one case per
 * {@code sourceKey}, so a repeated webhook opens nothing new.
 *
 * @param kind a rating, a message that is not a rating, or a call's request to be called back
 * @param sourceKey what it came from: {@code rating:<id>}, {@code sms:<id>} or {@code call:<id>}
 * @param survivorId the enrolled survivor, when known
 * @param providerId the provider rated, when known
 * @param ratingId the rating, for a rating
 * @param overall the overall answer of a rating (1-5), or null
 * @param moneyAsked the money answer of a rating, or null
 * @param text the comment or message, or null; never logged
 * @param replyPhone the phone it came from, kept (encrypted) only when no survivor is known
 */
public record SafetyCheck(
        Kind kind,
        String sourceKey,
        CaseChannel channel,
        String language,
        Long survivorId,
        Long providerId,
        Long ratingId,
        Integer overall,
        Boolean moneyAsked,
        String text,
        PhoneNumber replyPhone) {

    /** What is looked at. */
    public enum Kind {
        /** A stored rating: its money and overall answers and its comment. */
        RATING,
        /** A message that is not a rating: help words and danger words. */
        MESSAGE,
        /** A request to be called back (IVR 0): always a case. */
        CALLBACK
    }

    public SafetyCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(channel, "channel");
        language = language == null ? "en" : language;
    }

    /** A stored rating of the provider (the survivor may be null for an anonymous rater). */
    public static SafetyCheck ofRating(
            long ratingId,
            CaseChannel channel,
            String language,
            Long survivorId,
            long providerId,
            Integer overall,
            Boolean moneyAsked,
            String comment) {
        return new SafetyCheck(
                Kind.RATING,
                "rating:" + ratingId,
                channel,
                language,
                survivorId,
                providerId,
                ratingId,
                overall,
                moneyAsked,
                comment,
                null);
    }

    /** A message that is not a rating, such as an SMS {@code HELP ME}. */
    public static SafetyCheck ofMessage(
            String sourceKey, CaseChannel channel, String language, Long survivorId, String text) {
        return new SafetyCheck(
                Kind.MESSAGE,
                sourceKey,
                channel,
                language,
                survivorId,
                null,
                null,
                null,
                null,
                text,
                null);
    }

    /**
     * A request to be called back, such as 0 pressed on a call (provider when the call had one).
     */
    public static SafetyCheck ofCallback(
            String sourceKey,
            CaseChannel channel,
            String language,
            Long survivorId,
            Long providerId) {
        return new SafetyCheck(
                Kind.CALLBACK,
                sourceKey,
                channel,
                language,
                survivorId,
                providerId,
                null,
                null,
                null,
                null,
                null);
    }

    /** The same check with the phone it came from (for a caller who is not enrolled). */
    public SafetyCheck from(PhoneNumber phone) {
        return new SafetyCheck(
                kind,
                sourceKey,
                channel,
                language,
                survivorId,
                providerId,
                ratingId,
                overall,
                moneyAsked,
                text,
                phone);
    }

    @Override
    public String toString() {
        return "SafetyCheck[" + kind + ", " + sourceKey + ", " + channel + "]";
    }
}
