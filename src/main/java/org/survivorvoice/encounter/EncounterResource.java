package org.survivorvoice.encounter;

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

/** Service encounters logged by field workers. */
@Path("/api/v1/encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Encounters")
public class EncounterResource {

    private final EncounterService encounters;

    public EncounterResource(EncounterService encounters) {
        this.encounters = encounters;
    }

    @POST
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    @APIResponse(
            responseCode = "201",
            description = "Logged, with the invitation to rate it (null when none is sent)",
            content = @Content(schema = @Schema(implementation = EncounterView.class)))
    public Response create(@NotNull @Valid NewEncounter request) {
        EncounterView created = encounters.create(request);
        return Response.created(URI.create("/api/v1/encounters/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    public EncounterView get(@PathParam("id") long id) {
        return encounters.get(id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    public EncounterView changeOutcome(
            @PathParam("id") long id, @NotNull @Valid OutcomeChange change) {
        return encounters.changeOutcome(id, change);
    }
}
