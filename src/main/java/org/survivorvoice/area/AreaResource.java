package org.survivorvoice.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/** States, districts, blocks and gram panchayats. */
@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Areas")
public class AreaResource {

    private final AreaService areas;

    public AreaResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER})
    public PageResult<AreaView> list(
            @QueryParam("level") String level,
            @QueryParam("parent") String parent,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return areas.list(
                QueryParameters.enumValue("level", AreaLevel.class, level),
                QueryParameters.longValue("parent", parent),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER})
    public AreaView get(@PathParam("id") long id) {
        return areas.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new area",
            content = @Content(schema = @Schema(implementation = AreaView.class)))
    @APIResponse(
            responseCode = "409",
            description = "An area of this name already exists under that parent")
    public Response create(@NotNull @Valid NewArea request) {
        AreaView created = areas.create(request);
        return Response.created(URI.create("/api/v1/areas/" + created.id()))
                .entity(created)
                .build();
    }
}
