package org.survivorvoice.common.web;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * The size limit of request bodies, answered in the caller's terms. The server reads bodies up to
 * {@code quarkus.http.limits.max-body-size} (32 MB) so that a too-large upload on a staff page
 * reaches the page, which says so in the user's language; every other request that announces a body
 * over {@code survivor-voice.api.max-body-size} (10 MB) gets a problem+json 413 before its body is
 * read, instead of the bare 413 of the HTTP layer.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private static final String PROBLEM =
            "{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than the service accepts.\"}";

    private final long maxBytes;

    public RequestSizeLimit(SurvivorVoiceConfig config) {
        this.maxBytes = config.api().maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || isStaffUpload(context) || !over(length)) {
            context.next();
            return;
        }
        Log.warnf(
                "Request to %s refused: body over %d bytes",
                LoggablePath.of(context.normalizedPath()), maxBytes);
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(PROBLEM);
    }

    /**
     * A staff page's upload: its page checks the size itself and answers in the user's language.
     */
    private static boolean isStaffUpload(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return context.normalizedPath().startsWith("/staff/")
                && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private boolean over(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
