package org.survivorvoice.feedback;

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
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/** Assisted and paper ratings entered by staff, and the admins' quality-check list. */
@Path("/api/v1/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class RatingResource {

    private static final EnumSet<Channel> STAFF_CHANNELS =
            EnumSet.of(Channel.ASSISTED, Channel.PAPER);

    private final FeedbackService feedback;
    private final RatingService ratings;

    public RatingResource(FeedbackService feedback, RatingService ratings) {
        this.feedback = feedback;
        this.ratings = ratings;
    }

    @POST
    @RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = RatingReceipt.class)))
    @APIResponse(
            responseCode = "422",
            description = "The encounter was already rated, or names another provider or survivor")
    public Response create(@NotNull @Valid AssistedRating request) {
        if (!STAFF_CHANNELS.contains(request.channel())) {
            throw new InvalidInputException("channel", "must be ASSISTED or PAPER");
        }
        RatingReceipt receipt = feedback.submit(RatingSubmission.enteredByStaff(request));
        return Response.created(URI.create("/api/v1/ratings/" + receipt.id()))
                .entity(receipt)
                .build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public PageResult<RatingListItem> list(
            @QueryParam("providerCode") @Size(max = 12) String providerCode,
            @QueryParam("channel") String channel,
            @QueryParam("period") @Size(max = 7) String period,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ratings.list(
                providerCode,
                QueryParameters.enumValue("channel", Channel.class, channel),
                period,
                PageRequest.of(page, size));
    }
}
