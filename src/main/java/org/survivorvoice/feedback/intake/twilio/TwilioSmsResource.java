package org.survivorvoice.feedback.intake.twilio;

import io.quarkus.logging.Log;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.feedback.intake.Twiml;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.feedback.intake.sms.InboundSmsService;

/**
 * Twilio Messaging's inbound webhook and the delivery-status callback of outbound SMS. No login:
 * {@link TwilioSigned} lets only requests Twilio signed through. Always answers TwiML, never
 * problem+json: a reply, an empty response, or (when the database is away) 503 with an empty
 * response and {@code Retry-After}, so that Twilio tries again (SAFETY F2).
 */
@Path("/twilio/sms")
@PermitAll
@TwilioSigned
public class TwilioSmsResource {

    private static final int MAX_SID = 80;
    private static final String RETRY_AFTER_SECONDS = "5";

    private final InboundSmsService sms;
    private final StatusCallbacks statuses;

    public TwilioSmsResource(InboundSmsService sms, StatusCallbacks statuses) {
        this.sms = sms;
        this.statuses = statuses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Inbound SMS from Twilio (signed); answers TwiML")
    public Response receive(MultivaluedMap<String, String> form) {
        String sid = form.getFirst("MessageSid");
        if (sid == null || sid.isBlank() || sid.length() > MAX_SID) {
            // nothing to key it by: it cannot be stored raw-first, and Twilio always sends one
            return xml(Response.Status.OK, Twiml.EMPTY);
        }
        try {
            String reply =
                    sms.receive(
                            new InboundSms(
                                    InboundSms.TWILIO,
                                    sid,
                                    form.getFirst("From"),
                                    form.getFirst("Body")));
            return xml(Response.Status.OK, Twiml.reply(reply));
        } catch (RuntimeException e) {
            Log.errorf("Twilio message %s not handled (%s)", sid, e.getClass().getName());
            // Twilio retries a 5xx only when the webhook URL says so (#rp=all, README); what was
            // stored before the failure is also swept (InboundSweepService)
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_XML_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .entity(Twiml.EMPTY)
                    .build();
        }
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Delivery status of an outbound SMS from Twilio (signed)")
    public Response status(MultivaluedMap<String, String> form) {
        statuses.messageStatus(form.getFirst("MessageSid"), form.getFirst("MessageStatus"));
        return xml(Response.Status.OK, Twiml.EMPTY);
    }

    private static Response xml(Response.Status status, String twiml) {
        return Response.status(status).type(MediaType.APPLICATION_XML_TYPE).entity(twiml).build();
    }
}
