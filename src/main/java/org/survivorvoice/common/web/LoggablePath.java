package org.survivorvoice.common.web;

/**
 * A request path as it may be logged or linked from a refusal page: an invitation link's token is a
 * secret (SAFETY D2), so {@code /r/<token>} becomes the open form's path. Pure.
 */
public final class LoggablePath {

    private LoggablePath() {}

    /** The path with any invitation token taken out. */
    public static String of(String path) {
        return path.startsWith("/r/") || path.startsWith("r/") ? "/rate" : path;
    }
}
