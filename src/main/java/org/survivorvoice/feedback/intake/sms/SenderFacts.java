package org.survivorvoice.feedback.intake.sms;

import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * What the database knows about the phone a message came from, read in one statement by {@link
 * SenderQueries}: how many messages it sent lately (the per-phone limit), whether it is on the
 * do-not-contact registry, the reply language it chose with {@code LANG}, and its enrolled
 * survivors (how many, and the oldest one's id and language). Holds no number and no index.
 *
 * @param recentMessages messages stored from the phone's index since the limit's window began
 * @param optedOut whether any of the phone's indexes is on the do-not-contact registry
 * @param chosenLanguage the language code the phone chose with {@code LANG}, or null
 * @param survivors how many survivors are enrolled with the phone
 * @param firstSurvivorId the oldest of them (lowest id), or null
 * @param firstSurvivorLanguage her preferred language code, or null
 */
public record SenderFacts(
        long recentMessages,
        boolean optedOut,
        String chosenLanguage,
        int survivors,
        Long firstSurvivorId,
        String firstSurvivorLanguage) {

    /** A sender the database cannot know: no phone index. */
    public static final SenderFacts NONE = new SenderFacts(0, false, null, 0, null, null);

    /**
     * The language the phone chose with LANG, else its oldest survivor's; empty when neither is
     * known. A chosen language that is no longer offered does not fall back to the survivor's, as
     * the reply language never did.
     */
    public Optional<SurvivorLanguage> knownLanguage() {
        if (chosenLanguage != null) {
            return SurvivorLanguage.fromCode(chosenLanguage);
        }
        return firstSurvivorId == null
                ? Optional.empty()
                : SurvivorLanguage.fromCode(firstSurvivorLanguage);
    }

    /**
     * The survivor who rated from the phone: the one survivor enrolled with it, or null when none
     * or several are (a handset shared by several cannot say which of them rated).
     */
    public Long soleSurvivorId() {
        return survivors == 1 ? firstSurvivorId : null;
    }
}
