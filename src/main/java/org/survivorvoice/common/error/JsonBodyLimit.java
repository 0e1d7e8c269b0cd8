package org.survivorvoice.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * Refuses JSON bodies larger than {@code survivor-voice.api.max-json-body-bytes} with a 413 problem
 * before they are parsed: one announced by its Content-Length here, before it is read; one sent in
 * chunks, without a length, through {@link StreamedJsonBodyLimit} as the JSON reader reads it. File
 * uploads (imports) are not JSON and keep the larger HTTP limit.
 */
public class JsonBodyLimit {

    private final SurvivorVoiceConfig config;

    public JsonBodyLimit(SurvivorVoiceConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!isJson(type)) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long bytes = length == null ? 0 : parse(length);
        if (bytes > config.api().maxJsonBodyBytes()) {
            return ProblemMappers.respond(
                    new PayloadTooLargeException(config.api().maxJsonBodyBytes()));
        }
        return null;
    }

    /**
     * Whether the body is JSON ({@code application/json}, {@code application/merge-patch+json}).
     */
    static boolean isJson(MediaType type) {
        return type != null && type.getSubtype().endsWith("json");
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
