package org.survivorvoice.response;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.security.Roles;

/**
 * Providers' self-assessments, recorded at the interface meeting by field workers and admins and
 * read by them and the district's officials, beside the survivors' scores.
 */
@Path("/api/v1/self-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
public class SelfAssessmentResource {

    private final SelfAssessmentService assessments;

    public SelfAssessmentResource(SelfAssessmentService assessments) {
        this.assessments = assessments;
    }

    @POST
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    @Operation(summary = "Record a provider's own scores for a quarter (replaces earlier ones)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, the first for this provider and quarter",
            content = @Content(schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded, replacing the earlier one",
            content = @Content(schema = @Schema(implementation = SelfAssessmentView.class)))
    @APIResponse(responseCode = "422", description = "The quarter has not begun")
    public Response record(@NotNull @Valid NewSelfAssessment request) {
        SelfAssessmentService.Recorded recorded = assessments.record(request);
        return Response.status(recorded.created() ? 201 : 200).entity(recorded.view()).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.FIELDWORKER, Roles.ADMIN})
    @Operation(summary = "A provider's self-assessment of a quarter; 404 when none is recorded")
    public SelfAssessmentView get(
            @QueryParam("providerCode") @Size(max = 12) String providerCode,
            @QueryParam("period") String period) {
        return assessments.get(providerCode, QueryParameters.quarter("period", period));
    }
}
