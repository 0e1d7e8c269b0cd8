package org.survivorvoice.safetydesk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * The safety desk's cases for the field workers of her district and admins: never an official or a
 * funder (403 here, 404 in {@link CaseAccess}), since the person she names may be the official.
 * Lists hold no text and no number; a case's text is shown on the detail (audited), her number only
 * in the answer of the audited reveal, and neither answer may be cached.
 */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety cases")
@RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
public class SafetyCaseResource {

    private static final String NO_STORE = "no-store";

    private final SafetyCaseQueries queries;
    private final SafetyCaseService cases;

    public SafetyCaseResource(SafetyCaseQueries queries, SafetyCaseService cases) {
        this.queries = queries;
        this.cases = cases;
    }

    @GET
    @Operation(
            summary =
                    "The caller's cases (a field worker: her district's), open ones first by"
                            + " deadline, so overdue and escalated cases lead; no text, no phone")
    public PageResult<CaseListItem> list(
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return queries.page(
                Optional.ofNullable(QueryParameters.enumValue("status", CaseStatus.class, status)),
                Boolean.TRUE.equals(QueryParameters.booleanValue("overdue", overdue)),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with the text that opened it and its notes; audited")
    @APIResponse(
            responseCode = "200",
            description = "The case (not cached)",
            content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response get(@PathParam("id") long id) {
        return noStore(cases.view(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(
            summary =
                    "Move a case on (CONTACTED from OPEN; CLOSED with an outcome) and/or add a"
                            + " note; audited")
    @APIResponse(
            responseCode = "200",
            description = "Changed (not cached)",
            content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    @APIResponse(
            responseCode = "422",
            description = "A move the case's status does not allow (back to OPEN, from CLOSED)")
    public Response update(@PathParam("id") long id, @NotNull CaseUpdate update) {
        return noStore(cases.update(id, update));
    }

    @POST
    @Path("/{id}/reveal-contact")
    @Consumes(MediaType.WILDCARD) // no body: a POST without a content type is the usual call
    @Operation(
            summary =
                    "Her phone number, with her consent and safe hours: the only answer that holds"
                            + " a number; audited on every call")
    @APIResponse(
            responseCode = "200",
            description = "The number (not cached; show it once, never store it)",
            content = @Content(schema = @Schema(implementation = RevealedContact.class)))
    @APIResponse(responseCode = "422", description = "No phone number is held for this case")
    public Response revealContact(@PathParam("id") long id) {
        return noStore(cases.revealContact(id));
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }
}
