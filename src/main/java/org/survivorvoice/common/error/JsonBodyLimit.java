package org.survivorvoice.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * Refuses JSON bodies larger than {@code survivor-voice.api.max-json-body-bytes} with a 413 problem
 * before they are parsed. File uploads (imports) are not JSON and keep the larger HTTP limit.
 */
public class JsonBodyLimit {

    private final SurvivorVoiceConfig config;

    public JsonBodyLimit(SurvivorVoiceConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long bytes = length == null ? 0 : parse(length);
        if (bytes > config.api().maxJsonBodyBytes()) {
            return ProblemMappers.respond(
                    Problem.of(
                            413,
                            "Payload too large",
                            "The request body is larger than "
                                    + config.api().maxJsonBodyBytes()
                                    + " bytes."));
        }
        return null;
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
