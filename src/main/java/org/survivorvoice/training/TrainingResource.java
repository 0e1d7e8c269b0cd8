package org.survivorvoice.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/**
 * Training and sensitisation events of providers' staff (issue 18): admins record them; admins,
 * officials (the events their district's providers attended) and funders read them. Field workers
 * have no use for them and get 403.
 */
@Path("/api/v1/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training events")
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER})
public class TrainingResource {

    private final TrainingService trainings;
    private final TrainingQueries queries;

    public TrainingResource(TrainingService trainings, TrainingQueries queries) {
        this.trainings = trainings;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a training event and the providers whose staff attended; audited")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the new event",
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "A field is missing or wrong: unknown provider code, no providers, staff count"
                            + " out of 1-10000, a day in the future or before 2000, blank topic")
    public Response record(@NotNull NewTraining request) {
        TrainingView created = trainings.record(request);
        return Response.created(URI.create("/api/v1/trainings/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            summary =
                    "Training events, newest first; an official's: those her district's providers"
                            + " attended (403 for another district)")
    public PageResult<TrainingView> list(
            @QueryParam("district") String district,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return queries.list(
                QueryParameters.longValue("district", district), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One training event (404 for an official whose district had no staff there)")
    @APIResponse(
            responseCode = "200",
            description = "The event",
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public TrainingView get(@PathParam("id") long id) {
        return queries.get(id);
    }
}
