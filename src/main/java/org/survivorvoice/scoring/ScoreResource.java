package org.survivorvoice.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;

/** Provider scores per period, through the disclosure rules, and their recomputation. */
@Path("/api/v1/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class ScoreResource {

    private final PublishedScoreService scores;
    private final ScoringService scoring;
    private final ReviewService reviews;

    public ScoreResource(
            PublishedScoreService scores, ScoringService scoring, ReviewService reviews) {
        this.scores = scores;
        this.scoring = scoring;
        this.reviews = reviews;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.FUNDER})
    @Operation(
            summary =
                    "Scores of a quarter at published precision (k = 5): score and interval in"
                            + " whole percents, ratings as a band of five; figures repeat"
                            + " (unchanged) until five new ratings entered the window")
    public ScoreList list(
            @QueryParam("period") @Size(max = 7) String period,
            @QueryParam("district") String district,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(
                            description =
                                    "published (default): figures at published precision;"
                                            + " exact: the exact computed figures and ratings"
                                            + " count, admins only, audited",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"published", "exact"}))
                    @QueryParam("precision")
                    @Size(max = 20)
                    String precision) {
        return scores.list(
                QueryParameters.quarter("period", period),
                QueryParameters.longValue("district", district),
                category,
                PageRequest.of(page, size),
                exact(precision));
    }

    /** {@code precision=exact} (admins) or {@code published}, the default. */
    private static boolean exact(String precision) {
        if (precision == null || precision.isBlank() || precision.strip().equals("published")) {
            return false;
        }
        if (precision.strip().equals("exact")) {
            return true;
        }
        throw new InvalidInputException("precision", "must be published or exact");
    }

    @GET
    @Path("/{providerCode}/trend")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    public List<TrendPoint> trend(@PathParam("providerCode") String providerCode) {
        return reviews.trend(providerCode);
    }

    /** Recomputes a quarter now; answers when done (a full recompute takes seconds). */
    @POST
    @Path("/refresh")
    @RolesAllowed(Roles.ADMIN)
    public ScoringService.RefreshResult refresh(@QueryParam("period") String period) {
        Quarter quarter = QueryParameters.quarter("period", period);
        if (quarter == null) {
            throw new InvalidInputException("period", "name the quarter, e.g. 2026-Q3");
        }
        return scoring.refresh(quarter);
    }
}
