package org.survivorvoice.feedback.intake.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The open web form (no login): provider code first, the name read back, then the questions;
 * ratings are stored with channel WEB, unverified. The language comes from {@link SurvivorVisit}.
 */
@Path("/rate")
@PermitAll
@SurvivorPage
public class RateFormResource {

    private final RatingFormFlow flow;

    public RateFormResource(RatingFormFlow flow) {
        this.flow = flow;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Open rating form: the provider code (HTML; ?lang=en|hi|bn|te)")
    public Response form() {
        return flow.start(FormPlace.OPEN);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Open rating form: a step of the form (HTML, CSRF token required)")
    public Response submit(MultivaluedMap<String, String> fields) {
        return flow.post(FormPlace.OPEN, fields);
    }

    @GET
    @Path("/thanks")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Open rating form: thanks (HTML)")
    public Response thanks() {
        return flow.thanks(FormPlace.OPEN);
    }
}
