package org.survivorvoice.staff.trainings;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.training.TrainingQueries;
import org.survivorvoice.training.TrainingService;
import org.survivorvoice.training.TrainingView;

/**
 * {@code /staff/trainings}: the training events through the same {@link TrainingQueries} as {@code
 * GET /api/v1/trainings} (an official sees those her district's providers attended), each linking
 * to its effect page; admins also get the form that records one through {@link TrainingService},
 * the API's one write path, its checks and its audit row.
 */
@Path("/staff/trainings")
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER})
@StaffPage
@Produces(MediaType.TEXT_HTML)
public class TrainingsPageResource {

    private final TrainingQueries queries;
    private final TrainingService trainings;
    private final TrainingPages pages;
    private final StaffPages staffPages;
    private final SecurityIdentity identity;

    public TrainingsPageResource(
            TrainingQueries queries,
            TrainingService trainings,
            TrainingPages pages,
            StaffPages staffPages,
            SecurityIdentity identity) {
        this.queries = queries;
        this.trainings = trainings;
        this.pages = pages;
        this.staffPages = staffPages;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Training events page: the events, newest first; an admin's form (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The list",
            content = @Content(mediaType = "text/html"))
    public Response list(@QueryParam("page") String page, @QueryParam("recorded") String recorded) {
        PageRequest request;
        try {
            request = PageRequest.of(page, null);
        } catch (InvalidInputException e) {
            return pages.notice(400, "trainings.error.page");
        }
        return pages.list(
                200,
                queries.list(null, request),
                admin() ? TrainingForm.empty() : null,
                Map.of(),
                recorded != null);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary =
                    "Training events page: record an event (heldOn, topic, organiser, pillar, and"
                            + " rows code-0/staff-0, code-1/staff-1...), then back to the list")
    public Response record(MultivaluedMap<String, String> fields) {
        TrainingForm form = TrainingForm.of(fields);
        TrainingForm.Parsed parsed = form.request();
        try {
            // a date, pillar or count the page cannot read reaches the service as missing, which
            // it refuses: every problem of the form is then shown at once
            trainings.record(parsed.request());
            return staffPages.seeOther("/staff/trainings?recorded=1");
        } catch (InvalidInputException e) {
            return refused(form, parsed.errorKeys(e.violations()));
        }
    }

    private Response refused(TrainingForm form, Map<String, String> errors) {
        PageResult<TrainingView> events = queries.list(null, PageRequest.of(null, null));
        return pages.list(400, events, form, errors, false);
    }

    private boolean admin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
