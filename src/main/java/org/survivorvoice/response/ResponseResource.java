package org.survivorvoice.response;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
 * Responses ("you said, we did"): what a district will change for a provider after a quarter's
 * results, and which providers still wait for one. Officials of the district and admins only;
 * funders get counts and shares in the workbooks, never these.
 */
@Path("/api/v1/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
public class ResponseResource {

    private final ResponseService responses;
    private final ResponseQueries queries;

    public ResponseResource(ResponseService responses, ResponseQueries queries) {
        this.responses = responses;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Record a response to a provider's results of a quarter (PLANNED)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, PLANNED",
            content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(
            responseCode = "422",
            description = "The quarter's results are not released to the caller yet")
    public Response record(@NotNull @Valid NewResponse request) {
        ResponseView created = responses.record(request);
        return Response.created(URI.create("/api/v1/responses/" + created.id()))
                .entity(created)
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(
            summary =
                    "Change a PLANNED response: DONE, DROPPED with a reason, or its action, owner"
                            + " role or due date")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "409", description = "The response is DONE or DROPPED: final")
    public ResponseView change(@PathParam("id") long id, @NotNull @Valid ResponseChange change) {
        return responses.change(id, change);
    }

    @GET
    @Operation(summary = "Responses, newest first; an official's own district (403 for another)")
    public PageResult<ResponseView> list(
            @QueryParam("district") String district,
            @QueryParam("period") String period,
            @QueryParam("providerCode") @Size(max = 12) String providerCode,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return queries.list(
                QueryParameters.longValue("district", district),
                QueryParameters.quarter("period", period),
                providerCode,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/needed")
    @Operation(
            summary =
                    "Providers whose results of a quarter (default: the latest released) call for"
                            + " a response, those still waiting first")
    public ResponseNeedList needed(
            @QueryParam("district") String district, @QueryParam("period") String period) {
        return queries.needed(
                QueryParameters.longValue("district", district),
                QueryParameters.quarter("period", period));
    }
}
