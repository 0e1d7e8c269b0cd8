package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import org.survivorvoice.privacy.TextSeal;
import org.survivorvoice.privacy.VaultConfig;

/**
 * Seals and opens the texts of the safety desk: the comment or message that opened a case (bound to
 * its source key) and the notes on it (bound to each note's own key), with a seal label of their
 * own, so neither can be opened as an SMS body or moved to another row.
 */
@ApplicationScoped
public class CaseTexts {

    private static final String LABEL = TextSeal.SAFETY_CASE_TEXT;

    private final TextSeal seal;

    public CaseTexts(VaultConfig vault) {
        this.seal = new TextSeal(vault, LABEL);
    }

    /** The opening text sealed for the case of this source. */
    public byte[] sealOpening(String text, String sourceKey) {
        return seal.seal(text, "opening\n" + sourceKey);
    }

    /** The opening text of the case, or null when it has none. */
    public String openOpening(SafetyCase safetyCase) {
        return safetyCase.openingText == null
                ? null
                : seal.open(safetyCase.openingText, "opening\n" + safetyCase.sourceKey);
    }

    /** A note's body sealed under its key. */
    public byte[] sealNote(String body, String sealKey) {
        return seal.seal(body, "note\n" + sealKey);
    }

    /** A note's body. */
    public String openNote(CaseNote note) {
        return seal.open(note.body, "note\n" + note.sealKey);
    }
}
