package org.survivorvoice.feedback.intake.twilio;

import com.twilio.security.RequestValidator;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.config.TwilioAccountConfig;
import org.survivorvoice.feedback.intake.FormBody;
import org.survivorvoice.feedback.intake.Twiml;

/**
 * Refuses every request to a {@link TwilioSigned} endpoint whose {@code X-Twilio-Signature} does
 * not validate (SAFETY W1). The URL signed is the configured public base URL plus the request's
 * path and query, never the request's {@code Host} or {@code X-Forwarded-*} headers, which the
 * sender controls. A refusal is a 403 with an empty TwiML document, logged as a security event with
 * the path and the reason only, never a parameter (W2); nothing is stored because the endpoint
 * never runs.
 */
// application-scoped: created on first request, after runtime configuration exists
@ApplicationScoped
@Provider
@TwilioSigned
@Priority(Priorities.AUTHENTICATION)
public class TwilioSignatureFilter implements ContainerRequestFilter {

    /** The header Twilio signs every webhook with. */
    public static final String HEADER = "X-Twilio-Signature";

    private final SurvivorVoiceConfig config;
    private final TwilioAccountConfig twilio;

    public TwilioSignatureFilter(SurvivorVoiceConfig config, TwilioAccountConfig twilio) {
        this.config = config;
        this.twilio = twilio;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        Optional<String> token = twilio.authToken().filter(t -> !t.isBlank());
        String signature = request.getHeaderString(HEADER);
        if (token.isEmpty()) {
            refuse(request, path, "no Twilio auth token is configured");
            return;
        }
        if (signature == null || signature.isBlank()) {
            refuse(request, path, "signature header missing");
            return;
        }
        Optional<byte[]> body = FormBody.read(request.getEntityStream());
        if (body.isEmpty()) {
            refuse(request, path, "body too large");
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body.get()));
        Map<String, String> params = Map.of();
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            Optional<Map<String, String>> form = FormBody.parse(body.get());
            if (form.isEmpty()) {
                refuse(request, path, "form body malformed");
                return;
            }
            params = form.get();
        }
        String url = signedUrl(config.publicBaseUrl(), path, uri.getRawQuery());
        if (!new RequestValidator(token.get()).validate(url, params, signature)) {
            refuse(request, path, "signature does not match");
        }
    }

    /** The URL Twilio signed: the public base URL, the path and the query as received. */
    static String signedUrl(String publicBaseUrl, String rawPath, String rawQuery) {
        String base = publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }

    private static void refuse(ContainerRequestContext request, String path, String reason) {
        Log.warnf("Security event: Twilio webhook %s refused (%s)", path, reason);
        request.abortWith(
                Response.status(Response.Status.FORBIDDEN)
                        .type(MediaType.APPLICATION_XML_TYPE)
                        .entity(Twiml.EMPTY)
                        .build());
    }
}
