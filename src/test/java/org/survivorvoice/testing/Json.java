package org.survivorvoice.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds JSON bodies from key-value pairs, keeping nulls (Map.of refuses them). */
public final class Json {

    private Json() {}

    /** A JSON object of alternating keys and values. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
