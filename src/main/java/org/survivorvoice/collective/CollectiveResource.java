package org.survivorvoice.collective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;
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
 * Survivor collectives: admins manage them and their peer leaders; admins and the field workers of
 * her district record and read memberships. Officials and funders never reach this resource (403):
 * they see collectives only as the MIS's rounded counts.
 */
@Path("/api/v1/collectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collectives")
public class CollectiveResource {

    private final CollectiveQueries queries;
    private final CollectiveService collectives;

    public CollectiveResource(CollectiveQueries queries, CollectiveService collectives) {
        this.queries = queries;
        this.collectives = collectives;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a collective at a level, with its parent one level up; audited")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CollectiveView.class)))
    @APIResponse(responseCode = "409", description = "The area has a collective of this name")
    public Response create(@NotNull @Valid NewCollective request) {
        CollectiveView created = collectives.create(request);
        return Response.created(URI.create("/api/v1/collectives/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Collectives by level, then name, with member counts and peer leaders")
    public PageResult<CollectiveView> list(
            @QueryParam("level") String level,
            @QueryParam("parent") String parent,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return queries.page(
                Optional.ofNullable(
                        QueryParameters.enumValue("level", CollectiveLevel.class, level)),
                Optional.ofNullable(QueryParameters.longValue("parent", parent)),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One collective")
    public CollectiveView get(@PathParam("id") long id) {
        return queries.view(id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename, re-parent, close or reopen a collective; audited")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = CollectiveView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Closing a collective that active collectives below name as parent")
    public CollectiveView update(
            @PathParam("id") long id, @NotNull @Valid CollectiveChange change) {
        return collectives.update(id, change);
    }

    @POST
    @Path("/{id}/peer-leaders")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Make an active field worker a peer leader of the collective; audited")
    @APIResponse(
            responseCode = "200",
            description = "The collective with its peer leaders",
            content = @Content(schema = @Schema(implementation = CollectiveView.class)))
    public CollectiveView addPeerLeader(
            @PathParam("id") long id, @NotNull @Valid NewPeerLeader request) {
        return collectives.addPeerLeader(id, request);
    }

    @DELETE
    @Path("/{id}/peer-leaders/{userId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "End a field worker's leadership of the collective; audited")
    @APIResponse(
            responseCode = "200",
            description = "The collective with its remaining peer leaders",
            content = @Content(schema = @Schema(implementation = CollectiveView.class)))
    public CollectiveView removePeerLeader(
            @PathParam("id") long id, @PathParam("userId") long userId) {
        return collectives.removePeerLeader(id, userId);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER})
    @Operation(
            summary =
                    "Record her membership, with her consent (consent: true, else 422); admins"
                            + " and field workers of her district; audited")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "No consent, a closed collective, or one that does not work where she lives")
    @APIResponse(responseCode = "409", description = "She is already a member")
    public Response addMember(@PathParam("id") long id, @NotNull @Valid NewMembership request) {
        MemberView member = collectives.addMember(id, request);
        return Response.created(
                        URI.create("/api/v1/collectives/" + id + "/members/" + member.survivorId()))
                .entity(member)
                .build();
    }

    @PATCH
    @Path("/{id}/members/{survivorId}")
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER})
    @Operation(summary = "End her membership (leftOn, today when left out); audited")
    public MemberView endMember(
            @PathParam("id") long id,
            @PathParam("survivorId") long survivorId,
            @NotNull @Valid MembershipEnd end) {
        return collectives.endMember(id, survivorId, end);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER})
    @Operation(
            summary =
                    "Members by survivor id (a district's field worker: her district's only);"
                            + " ended memberships with ended=true; audited")
    public PageResult<MemberView> members(
            @PathParam("id") long id,
            @QueryParam("ended") String ended,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return collectives.members(
                id,
                Boolean.TRUE.equals(QueryParameters.booleanValue("ended", ended)),
                PageRequest.of(page, size));
    }
}
