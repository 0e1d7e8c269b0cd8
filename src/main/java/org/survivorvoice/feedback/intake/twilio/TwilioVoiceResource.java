package org.survivorvoice.feedback.intake.twilio;

import io.quarkus.logging.Log;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.feedback.intake.Twiml;
import org.survivorvoice.feedback.intake.ivr.IvrService;

/**
 * Twilio Voice webhooks: {@code /twilio/voice} when a call (incoming, or placed for an invitation)
 * is answered, {@code /twilio/voice/{step}?v=} for each Gather or Record action, and {@code
 * /twilio/voice/status} for call-status callbacks. Signed like every Twilio webhook; always TwiML
 * (a hang-up when something fails, never problem+json).
 */
@Path("/twilio/voice")
@PermitAll
@TwilioSigned
public class TwilioVoiceResource {

    private static final int MAX_SID = 64;

    private final IvrService ivr;
    private final StatusCallbacks statuses;

    public TwilioVoiceResource(IvrService ivr, StatusCallbacks statuses) {
        this.ivr = ivr;
        this.statuses = statuses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Incoming call from Twilio (signed); answers TwiML")
    public Response answer(MultivaluedMap<String, String> form) {
        String sid = form.getFirst("CallSid");
        return respond(
                sid, () -> ivr.answer(sid, form.getFirst("From"), form.getFirst("Direction")));
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Status of a call from Twilio (signed); applied to the outbox")
    public Response status(MultivaluedMap<String, String> form) {
        statuses.callStatus(
                form.getFirst("CallSid"), form.getFirst("CallStatus"), form.getFirst("From"));
        return Response.ok(Twiml.EMPTY, MediaType.APPLICATION_XML_TYPE).build();
    }

    @POST
    @Path("{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "A step of a call: keys pressed or a recording (signed); answers TwiML")
    public Response step(
            @PathParam("step") String step,
            @QueryParam("v") Integer version,
            MultivaluedMap<String, String> form) {
        String sid = form.getFirst("CallSid");
        return respond(
                sid,
                () ->
                        ivr.step(
                                sid,
                                step,
                                version,
                                form.getFirst("Digits"),
                                form.getFirst("RecordingSid"),
                                form.getFirst("From")));
    }

    private static Response respond(String sid, Supplier<String> twiml) {
        String body;
        if (sid == null || sid.isBlank() || sid.length() > MAX_SID) {
            body = Twiml.hangUp();
        } else {
            try {
                body = twiml.get();
            } catch (RuntimeException e) {
                Log.errorf("IVR call %s not handled (%s)", sid, e.getClass().getName());
                body = Twiml.hangUp();
            }
        }
        return Response.ok(body, MediaType.APPLICATION_XML_TYPE).build();
    }
}
