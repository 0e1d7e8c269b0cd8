package org.survivorvoice.survivor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.security.Roles;

/** Enrolment, consent and exit. No endpoint ever returns a phone number or PIN. */
@Path("/api/v1/survivors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survivors")
public class SurvivorResource {

    private final SurvivorService survivors;

    public SurvivorResource(SurvivorService survivors) {
        this.survivors = survivors;
    }

    @POST
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    @APIResponse(
            responseCode = "201",
            description = "Enrolled; the phone is never returned",
            content = @Content(schema = @Schema(implementation = EnrolledSurvivor.class)))
    public Response enrol(@NotNull @Valid NewSurvivor request) {
        EnrolledSurvivor enrolled = survivors.enrol(request);
        return Response.created(URI.create("/api/v1/survivors/" + enrolled.id()))
                .entity(enrolled)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    public SurvivorView get(@PathParam("id") long id) {
        return survivors.get(id);
    }

    @PATCH
    @Path("/{id}/consent")
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    public SurvivorView changeConsent(@PathParam("id") long id, @NotNull ConsentChange change) {
        return survivors.changeConsent(id, change);
    }

    @POST
    @Path("/{id}/exit")
    @Consumes(MediaType.WILDCARD) // no body: a POST without a content type is the usual call
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    @APIResponse(
            responseCode = "200",
            description =
                    "She has left the programme (again: nothing changes); pending outreach stops"
                            + " and her contact data is purged after the retention time",
            content = @Content(schema = @Schema(implementation = SurvivorView.class)))
    public SurvivorView exit(@PathParam("id") long id) {
        return survivors.exit(id);
    }
}
