package org.survivorvoice.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;

/**
 * The safety headers of every HTML page, survivor and staff alike (SAFETY D5), and the cookies the
 * pages set: one owner, so a page cannot be served with a weaker policy than its neighbours.
 */
public final class PageHeaders {

    /** The Content-Security-Policy of the pages: our own host only, no framing, no plug-ins. */
    public static final String CSP =
            "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
                    + " object-src 'none'";

    private PageHeaders() {}

    /**
     * Sets the headers on an answer: never cached (a shared phone's back button must not show a
     * survivor's answers or a staff list), no framing, no sniffing, no referrer.
     */
    public static void apply(MultivaluedMap<String, Object> headers) {
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("Pragma", "no-cache");
        headers.putSingle("Content-Security-Policy", CSP);
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Content-Type-Options", "nosniff");
    }

    /**
     * The safety headers, and the cookies a page's answer sets: a CSRF token the visit issued (null
     * when the browser already had one) and a language chosen by this request (null when it was not
     * chosen).
     */
    public static void apply(
            MultivaluedMap<String, Object> headers,
            boolean secure,
            String issuedCsrfToken,
            String chosenLanguage) {
        apply(headers);
        if (issuedCsrfToken != null) {
            headers.add(
                    HttpHeaders.SET_COOKIE,
                    cookie(CsrfToken.cookieName(secure), issuedCsrfToken, secure, true));
        }
        if (chosenLanguage != null) {
            headers.add(
                    HttpHeaders.SET_COOKIE,
                    cookie(LanguageChoice.COOKIE, chosenLanguage, secure, false));
        }
    }

    /** A site-wide, SameSite=Strict cookie for the browser session. */
    public static NewCookie cookie(String name, String value, boolean secure, boolean httpOnly) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .secure(secure)
                .httpOnly(httpOnly)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /** The cookie that tells the browser to forget the named one. */
    public static NewCookie expired(String name, boolean secure) {
        return new NewCookie.Builder(name)
                .value("")
                .path("/")
                .secure(secure)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(0)
                .build();
    }
}
