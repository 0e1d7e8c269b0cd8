package org.survivorvoice.feedback.intake.sms;

import java.lang.Character.UnicodeScript;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * The survivor language a message's script points to: Devanagari Hindi, Bengali script Bengali,
 * Telugu script Telugu, Latin letters English. Used only when the phone's language is not known (no
 * LANG, no enrolled survivor), so that a stranger who writes for help in Bengali is answered, and
 * called back, in Bengali. Pure and total.
 */
final class MessageScript {

    private MessageScript() {}

    /** The language of the first letter of a script we answer in; empty when there is none. */
    static Optional<SurvivorLanguage> languageOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints()
                .filter(Character::isLetter)
                .mapToObj(MessageScript::languageOf)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<SurvivorLanguage> languageOf(int codePoint) {
        return switch (UnicodeScript.of(codePoint)) {
            case DEVANAGARI -> Optional.of(SurvivorLanguage.HI);
            case BENGALI -> Optional.of(SurvivorLanguage.BN);
            case TELUGU -> Optional.of(SurvivorLanguage.TE);
            case LATIN -> Optional.of(SurvivorLanguage.EN);
            default -> Optional.empty();
        };
    }
}
