package org.survivorvoice.feedback.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading request bodies the way webhook callers send them, with a size bound. */
public final class FormBody {

    /** Largest webhook body read: Twilio's are a few kilobytes, an SMS at most 1,600 characters. */
    public static final int MAX_BYTES = 64 * 1024;

    private FormBody() {}

    /** All bytes of the stream, or empty when there are more than {@link #MAX_BYTES}. */
    public static Optional<byte[]> read(InputStream in) throws IOException {
        if (in == null) {
            return Optional.of(new byte[0]);
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
    }

    /**
     * The parameters of an {@code application/x-www-form-urlencoded} body (UTF-8, as Twilio sends
     * it); empty when it is malformed or names a parameter twice, since such a body cannot be one
     * Twilio signed.
     */
    public static Optional<Map<String, String>> parse(byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return Optional.of(params);
        }
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name =
                        URLDecoder.decode(
                                eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value =
                        eq < 0
                                ? ""
                                : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (params.put(name, value) != null) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
