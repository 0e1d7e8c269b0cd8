package org.survivorvoice.feedback.intake.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.feedback.intake.sms.InboundSmsService;

/**
 * Inbound SMS from a configured aggregator ({@code survivor-voice.gateways.<name>.*}). No login:
 * {@link GatewaySigned} checks the HMAC of the raw body. The same raw-first, idempotent handling as
 * Twilio's; the answer is the reply text as {@code text/plain} (empty when there is none), which
 * aggregators that reply from the webhook's answer send back to the phone.
 */
@Path("/gateway/sms/{gateway}")
@PermitAll
@GatewaySigned
public class GatewaySmsResource {

    private final InboundSmsService sms;
    private final GatewayConfig config;
    private final ObjectMapper json;

    public GatewaySmsResource(InboundSmsService sms, GatewayConfig config, ObjectMapper json) {
        this.sms = sms;
        this.config = config;
        this.json = json;
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Inbound SMS from an aggregator (HMAC-SHA256 signed body)")
    @RequestBody(
            description =
                    "the aggregator's message, form-encoded or JSON; the field names are set per"
                            + " gateway (survivor-voice.gateways.<name>.*-param)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                        schema = @Schema(type = SchemaType.OBJECT)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(
            responseCode = "200",
            description = "Stored; the body is the reply to send back (empty when none)",
            content = @Content(mediaType = MediaType.TEXT_PLAIN))
    public Response receive(
            @PathParam("gateway") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        InboundSms message =
                GatewayMessage.read(name, config.gateways().get(name), contentType, body, json);
        try {
            String reply = sms.receive(message);
            return Response.ok(reply == null ? "" : reply, MediaType.TEXT_PLAIN_TYPE).build();
        } catch (RuntimeException e) {
            Log.errorf(
                    "Gateway %s message %s not handled (%s)",
                    name, message.externalId(), e.getClass().getName());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .entity("")
                    .build();
        }
    }
}
