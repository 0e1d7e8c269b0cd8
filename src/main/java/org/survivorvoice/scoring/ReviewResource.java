package org.survivorvoice.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.security.Roles;

/** Field verifications of flagged providers, recorded by admins before anyone is named. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class ReviewResource {

    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "The provider has no score in that quarter, or not the band the label needs")
    public Response record(@NotNull @Valid NewReview request) {
        return Response.status(Response.Status.CREATED).entity(reviews.record(request)).build();
    }
}
