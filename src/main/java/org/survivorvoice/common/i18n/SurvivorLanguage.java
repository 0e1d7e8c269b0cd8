package org.survivorvoice.common.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages every survivor-facing text exists in. The code is the one stored with survivors and
 * ratings ({@code en}, {@code hi}, {@code bn}, {@code te}) and the suffix of every message bundle.
 */
public enum SurvivorLanguage {
    /** English. */
    EN("en"),
    /** Hindi (Devanagari script). */
    HI("hi"),
    /** Bengali (Bengali script). */
    BN("bn"),
    /** Telugu (Telugu script). */
    TE("te");

    private final String code;

    SurvivorLanguage(String code) {
        this.code = code;
    }

    /** The two-letter code stored in the database and used in bundle names. */
    public String code() {
        return code;
    }

    /** The locale used to format numbers and pick the bundle. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The language with this code, ignoring case and surrounding spaces; empty for anything else.
     */
    public static Optional<SurvivorLanguage> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (SurvivorLanguage language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language with this code, or English when the code is missing or unknown. */
    public static SurvivorLanguage fromCodeOrEnglish(String text) {
        return fromCode(text).orElse(EN);
    }
}
