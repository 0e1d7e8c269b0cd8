package org.survivorvoice.feedback.intake.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of a raw body under a gateway's secret, and its constant-time check. Pure. */
public final class GatewaySignature {

    private GatewaySignature() {}

    /** The signature as lower-case hex. */
    public static String sign(String secret, byte[] body) {
        return HexFormat.of().formatHex(mac(secret, body));
    }

    /**
     * Whether the header value is the body's signature: hex (any case, optionally {@code sha256=}
     * before it) or Base64. Compared in constant time over the decoded bytes.
     */
    public static boolean verify(String secret, byte[] body, String header) {
        if (secret == null || secret.isEmpty() || header == null) {
            return false;
        }
        String value = header.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
            value = value.substring("sha256=".length());
        }
        byte[] given = decode(value);
        return given != null && MessageDigest.isEqual(mac(secret, body), given);
    }

    private static byte[] decode(String value) {
        try {
            if (value.length() == 64) {
                return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
            }
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
