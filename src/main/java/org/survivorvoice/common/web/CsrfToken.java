package org.survivorvoice.common.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Double-submit CSRF tokens: 128 random bits kept in an HttpOnly, SameSite=Strict cookie and copied
 * into a hidden field of every form. Another site can make a browser send the cookie (not even
 * that, with SameSite=Strict) but can neither read it nor guess it, so it cannot fill the field. No
 * server-side state, so any replica checks any form. Pure apart from the random source.
 */
public final class CsrfToken {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf";

    private static final int BYTES = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    /** A fresh random token. */
    public static String issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token this class issued. */
    public static boolean wellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /**
     * Whether the field repeats the cookie: both well formed and equal, compared in constant time
     * so the comparison leaks nothing about how much of a guess was right.
     */
    public static boolean matches(String cookie, String field) {
        if (!wellFormed(cookie) || !wellFormed(field)) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cookie's name: with {@code __Host-} when cookies are Secure, so no subdomain sets it. */
    public static String cookieName(boolean secure) {
        return secure ? "__Host-sv_csrf" : "sv_csrf";
    }
}
