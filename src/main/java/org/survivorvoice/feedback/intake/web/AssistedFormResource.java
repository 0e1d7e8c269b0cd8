package org.survivorvoice.feedback.intake.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.security.Roles;

/**
 * The field worker's form, filled in with the survivor beside her and in her language: the same
 * steps as the open form, behind the staff login, stored with channel ASSISTED. A field worker
 * bound to a district finds only its providers. Browsers send HTTP Basic credentials by themselves,
 * which is why the CSRF token matters most here.
 */
@Path("/staff/assisted")
@RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
@SurvivorPage
public class AssistedFormResource {

    private final RatingFormFlow flow;

    public AssistedFormResource(RatingFormFlow flow) {
        this.flow = flow;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Assisted rating form: the provider code (HTML)")
    public Response form() {
        return flow.start(FormPlace.ASSISTED);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Assisted rating form: a step of the form (HTML, CSRF token required)")
    public Response submit(MultivaluedMap<String, String> fields) {
        return flow.post(FormPlace.ASSISTED, fields);
    }

    @GET
    @Path("/thanks")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Assisted rating form: thanks (HTML)")
    public Response thanks() {
        return flow.thanks(FormPlace.ASSISTED);
    }
}
