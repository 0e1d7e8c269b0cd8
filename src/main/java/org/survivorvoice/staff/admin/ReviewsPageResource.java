package org.survivorvoice.staff.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.NewReview;
import org.survivorvoice.scoring.ReviewQueueItem;
import org.survivorvoice.scoring.ReviewService;
import org.survivorvoice.scoring.method.ReviewLabel;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.staff.reports.BandStyle;
import org.survivorvoice.staff.reports.ReportsPages;

/**
 * {@code /staff/reviews}: the providers flagged in a quarter and the field-verification form of
 * each, recorded through the same ReviewService as {@code POST /api/v1/reviews}.
 */
@Path("/staff/reviews")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class ReviewsPageResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final StaffPages pages;
    private final ReviewService reviews;
    private final ReportsPages reports;
    private final ZoneId zone;
    private final Template page;

    public ReviewsPageResource(
            StaffPages pages,
            ReviewService reviews,
            ReportsPages reports,
            SurvivorVoiceConfig config,
            @Location("staff/admin/reviews.html") Template page) {
        this.pages = pages;
        this.reviews = reviews;
        this.reports = reports;
        this.zone = config.timeZone();
        this.page = page;
    }

    /** A flagged provider as the queue prints it. */
    public record Row(
            String code,
            String name,
            String category,
            String district,
            String cssClass,
            String bandKey,
            String previousBandKey,
            String label,
            String labelKey,
            String reviewKey,
            String reviewer,
            String reviewedOn,
            boolean named) {}

    @GET
    @Operation(summary = "Reviews page: providers flagged in a quarter (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "400",
            description = "The quarter is not written like 2026-Q3",
            content = @Content(mediaType = "text/html"))
    public Response queue(@QueryParam("period") String period, @QueryParam("done") String done) {
        Quarter quarter;
        try {
            quarter = QueryParameters.quarter("period", period);
        } catch (DomainException e) {
            return pages.notice(
                    400, "admin.reviews.title", "admin.reviews.bad-period", "/staff/reviews");
        }
        return render(
                200,
                quarter == null ? reports.latestReleased() : quarter,
                "recorded".equals(done) ? "admin.reviews.recorded" : null,
                List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Reviews page: record a field verification (HTML form, CSRF token)")
    public Response record(
            @FormParam("providerCode") String providerCode,
            @FormParam("period") String period,
            @FormParam("label") String label,
            @FormParam("verified") String verified,
            @FormParam("note") String note) {
        Quarter quarter;
        try {
            quarter = QueryParameters.quarter("period", period);
            if (quarter == null) {
                throw new InvalidInputException("period", "is required");
            }
        } catch (DomainException e) {
            return pages.notice(
                    400, "admin.reviews.title", "admin.reviews.bad-period", "/staff/reviews");
        }
        try {
            if (!"true".equals(verified) && !"false".equals(verified)) {
                throw new InvalidInputException("verified", "choose yes or no");
            }
            if (note != null && note.length() > 1000) {
                throw new InvalidInputException("note", "at most 1000 characters");
            }
            reviews.record(
                    new NewReview(
                            providerCode,
                            quarter.toString(),
                            QueryParameters.enumValue("label", ReviewLabel.class, label),
                            Boolean.valueOf(verified),
                            note == null || note.isBlank() ? null : note));
            return pages.seeOther("/staff/reviews?period=" + quarter + "&done=recorded");
        } catch (DomainException e) {
            return render(
                    AdminErrors.status(e), quarter, null, AdminErrors.keys("admin.reviews", e));
        }
    }

    private Response render(int status, Quarter period, String noticeKey, List<String> errors) {
        List<Row> rows = new ArrayList<>();
        for (ReviewQueueItem item : reviews.queue(period)) {
            rows.add(
                    new Row(
                            item.providerCode(),
                            item.providerName(),
                            item.category(),
                            item.district(),
                            BandStyle.cssClass(item.band()),
                            BandStyle.key(item.band()),
                            item.previousBand() == null ? null : BandStyle.key(item.previousBand()),
                            item.label().name(),
                            "admin.reviews.label." + item.label().name().toLowerCase(),
                            item.reviewedVerified() == null
                                    ? "admin.reviews.state.none"
                                    : item.reviewedVerified()
                                            ? "admin.reviews.state.verified"
                                            : "admin.reviews.state.not-verified",
                            item.reviewer(),
                            item.reviewedAt() == null
                                    ? null
                                    : DAY.format(item.reviewedAt().atZone(zone)),
                            item.named()));
        }
        List<Quarter> recent = new ArrayList<>();
        Quarter q = reports.latestReleased().next();
        for (int i = 0; i < 8; i++) {
            recent.add(q);
            q = q.previous();
        }
        List<String> periods = ReportsPages.offered(recent, period);
        return pages.html(
                status,
                pages.page(page, "admin.reviews.title")
                        .data("rows", rows)
                        .data("period", period.toString())
                        .data("periods", periods)
                        .data("noticeKey", noticeKey)
                        .data("errors", errors));
    }
}
