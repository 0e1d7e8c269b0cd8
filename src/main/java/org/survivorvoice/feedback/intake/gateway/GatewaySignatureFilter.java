package org.survivorvoice.feedback.intake.gateway;

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
import java.util.Optional;
import org.survivorvoice.feedback.intake.FormBody;

/**
 * Refuses every request to a {@link GatewaySigned} endpoint unless the gateway named in the path is
 * configured and the request's signature header is the HMAC-SHA256 of the raw body under its secret
 * (SAFETY W1). Refusals are 403 with an empty body, logged as security events with the gateway name
 * and the reason only (W2).
 */
// application-scoped: created on first request, after runtime configuration exists
@ApplicationScoped
@Provider
@GatewaySigned
@Priority(Priorities.AUTHENTICATION)
public class GatewaySignatureFilter implements ContainerRequestFilter {

    private final GatewayConfig config;

    public GatewaySignatureFilter(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String name = request.getUriInfo().getPathParameters().getFirst("gateway");
        GatewayConfig.Gateway gateway = name == null ? null : config.gateways().get(name);
        if (gateway == null) {
            refuse(request, "unknown gateway");
            return;
        }
        Optional<byte[]> body = FormBody.read(request.getEntityStream());
        if (body.isEmpty()) {
            refuse(request, "body too large");
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body.get()));
        String header = request.getHeaderString(gateway.signatureHeader());
        if (header == null || header.isBlank()) {
            refuse(request, "signature header missing for gateway " + name);
        } else if (!GatewaySignature.verify(gateway.secret(), body.get(), header)) {
            refuse(request, "signature does not match for gateway " + name);
        }
    }

    private static void refuse(ContainerRequestContext request, String reason) {
        Log.warnf("Security event: SMS gateway webhook refused (%s)", reason);
        request.abortWith(
                Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE).build());
    }
}
