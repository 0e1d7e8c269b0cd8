package org.survivorvoice.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a rating a field worker enters ({@code POST /api/v1/ratings}), in the API's JSON
 * names: an assisted rating unless another channel is given. {@link Staff#rateAssisted} sends it;
 * tests of malformed bodies write their own.
 */
public final class RatingEntry {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private RatingEntry(String key, Object rated, String language) {
        body.put(key, rated);
        body.put("channel", "ASSISTED");
        body.put("language", language);
    }

    /** A rating of the encounter in the language. */
    public static RatingEntry ofEncounter(long encounterId, String language) {
        return new RatingEntry("encounterId", encounterId, language);
    }

    /** A rating of the provider, by its code, in the language. */
    public static RatingEntry ofProvider(String providerCode, String language) {
        return new RatingEntry("providerCode", providerCode, language);
    }

    /** Through the channel, e.g. {@code PAPER}. */
    public RatingEntry channel(String channel) {
        body.put("channel", channel);
        return this;
    }

    /** With only the overall answer. */
    public RatingEntry overall(int overall) {
        return answers(Map.of("overall", overall));
    }

    /** With the answers, by question ({@code overall}, {@code dignity}...). */
    public RatingEntry answers(Map<String, Integer> answers) {
        body.put("answers", answers);
        return this;
    }

    /** With the answer to whether money or a favour was asked. */
    public RatingEntry moneyAsked(boolean asked) {
        body.put("moneyAsked", asked);
        return this;
    }

    /** With the comment. */
    public RatingEntry comment(String text) {
        body.put("comment", text);
        return this;
    }

    /** The JSON object. */
    Map<String, Object> body() {
        return body;
    }
}
