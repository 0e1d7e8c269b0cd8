package org.survivorvoice.feedback.intake.sms;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.survivorvoice.common.i18n.SurvivorText;

/**
 * The keywords of the SMS grammar beyond the fixed English ones: local words a programme adds for
 * {@code R} and for {@code STOP}. Every word is kept in the form {@link SmsGrammar} compares tokens
 * in (normalised, upper case, without joiners).
 */
public record SmsKeywords(Set<String> rate, Set<String> stop) {

    /** Always understood as a rating, whatever is configured. */
    static final List<String> FIXED_RATE = List.of("R", "RATE");

    /** Always understood as STOP: Twilio's own opt-out words, so both agree. */
    static final List<String> FIXED_STOP =
            List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");

    public SmsKeywords {
        rate = Set.copyOf(rate);
        stop = Set.copyOf(stop);
    }

    /** The fixed words plus the configured local aliases. */
    public static SmsKeywords of(List<String> rateAliases, List<String> stopWords) {
        return new SmsKeywords(keys(FIXED_RATE, rateAliases), keys(FIXED_STOP, stopWords));
    }

    /** Only the fixed English words. */
    public static SmsKeywords english() {
        return of(List.of(), List.of());
    }

    /** The comparison form of a token: normalised, upper case, without ZWJ/ZWNJ. */
    static String key(String token) {
        return SurvivorText.normalise(token)
                .replace("\u200C", "")
                .replace("\u200D", "")
                .toUpperCase(Locale.ROOT);
    }

    private static Set<String> keys(List<String> fixed, List<String> configured) {
        return Stream.concat(fixed.stream(), configured.stream())
                .map(SmsKeywords::key)
                .filter(k -> !k.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }
}
