package org.survivorvoice.common.web;

import java.util.Locale;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * The language a survivor page comes in: what the request chose (the switch link's {@code lang}
 * parameter or the form's {@code lang} field), else what she chose before (a cookie), else the
 * first of our languages her browser asks for, else English; the last two are only a guess, which
 * an invitation's own language beats. Pure; never throws.
 */
public record LanguageChoice(SurvivorLanguage language, boolean chosen, boolean guessed) {

    /** The cookie that remembers the chosen language. */
    public static final String COOKIE = "sv_lang";

    /** The query parameter and form field that choose a language. */
    public static final String PARAM = "lang";

    private static final int MAX_ACCEPT = 200;

    /** The language for a request, from the most to the least explicit source. */
    public static LanguageChoice of(String requested, String remembered, String acceptLanguage) {
        Optional<SurvivorLanguage> asked = SurvivorLanguage.fromCode(requested);
        if (asked.isPresent()) {
            return new LanguageChoice(asked.get(), true, false);
        }
        Optional<SurvivorLanguage> kept = SurvivorLanguage.fromCode(remembered);
        if (kept.isPresent()) {
            return new LanguageChoice(kept.get(), false, false);
        }
        return new LanguageChoice(
                fromAcceptLanguage(acceptLanguage).orElse(SurvivorLanguage.EN), false, true);
    }

    /**
     * The first of our languages in an {@code Accept-Language} header, in the order the browser
     * lists them (quality values are not weighed: browsers list in preference order).
     */
    static Optional<SurvivorLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT) {
            return Optional.empty();
        }
        for (String part : header.split(",")) {
            String tag = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            String primary = tag.split("-", 2)[0];
            Optional<SurvivorLanguage> language = SurvivorLanguage.fromCode(primary);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
