package org.survivorvoice.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a browser that is not signed in goes: a staff page sends it to {@code /login}, which brings
 * it back afterwards (only ever to a staff page, so the link cannot lead anywhere else); everything
 * else answers scripts with HTTP Basic's 401. Pure.
 */
public final class SignInRedirect {

    /** The sign-in page. */
    public static final String LOGIN = "/login";

    private static final Pattern RETURN_PATH = Pattern.compile("/staff(/[A-Za-z0-9/_.-]*)?");

    private SignInRedirect() {}

    /** The sign-in address for a request that needs a signed-in user; empty outside the pages. */
    public static Optional<String> forRequest(String path, boolean get) {
        if (!path.equals("/staff") && !path.startsWith("/staff/")) {
            return Optional.empty();
        }
        if (get && isReturnPath(path)) {
            return Optional.of(LOGIN + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        }
        return Optional.of(LOGIN);
    }

    /** Whether the sign-in page may send the browser back to the path. */
    public static boolean isReturnPath(String path) {
        return path != null && RETURN_PATH.matcher(path).matches();
    }
}
