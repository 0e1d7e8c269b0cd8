package org.survivorvoice.staff.responses;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.NewResponse;
import org.survivorvoice.response.NewSelfAssessment;
import org.survivorvoice.response.ResponseChange;
import org.survivorvoice.response.ResponseService;
import org.survivorvoice.response.SelfAssessmentService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/responses}: the official's (own district) or admin's (a district she picks) page of
 * a quarter's responses: the providers that need one with a form each, and the district's responses
 * with "Mark done" and "Drop". The forms go through the same ResponseService as the API.
 */
@Path("/staff/responses")
@StaffPage
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
public class ResponsesPageResource {

    private final StaffPages pages;
    private final ResponsesPages data;
    private final ResponseService responses;
    private final SelfAssessmentService assessments;
    private final Validator validator;

    @Location("staff/responses/responses.html")
    Template page;

    public ResponsesPageResource(
            StaffPages pages,
            ResponsesPages data,
            ResponseService responses,
            SelfAssessmentService assessments,
            Validator validator) {
        this.pages = pages;
        this.data = data;
        this.responses = responses;
        this.assessments = assessments;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Responses page of a district and quarter (HTML)")
    public Response show(
            @QueryParam("district") String district,
            @QueryParam("period") String period,
            @QueryParam("done") String done) {
        Long districtId;
        Quarter quarter;
        try {
            districtId = QueryParameters.longValue("district", district);
            quarter = QueryParameters.quarter("period", period);
        } catch (DomainException e) {
            return pages.notice(400, "responses.title", "responses.bad-filter", "/staff/responses");
        }
        String notice =
                done != null && List.of("recorded", "changed", "self-assessed").contains(done)
                        ? "responses." + done
                        : null;
        return render(200, districtId, quarter, ResponsesPages.Kept.NONE, notice, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Responses page: record a response (HTML form, CSRF token)")
    public Response record(
            @FormParam("district") String district,
            @FormParam("period") String period,
            @FormParam("providerCode") String providerCode,
            @FormParam("theme") String theme,
            @FormParam("actionText") String actionText,
            @FormParam("ownerRole") String ownerRole,
            @FormParam("dueDate") String dueDate) {
        ResponsesPages.Kept kept =
                new ResponsesPages.Kept(
                        providerCode, theme, actionText, ownerRole, dueDate, null, null);
        Long districtId = null;
        Quarter quarter = null;
        try {
            districtId = QueryParameters.longValue("district", district);
            quarter = QueryParameters.quarter("period", period);
            NewResponse request =
                    ResponseForms.newResponse(
                            validator, providerCode, period, theme, actionText, ownerRole, dueDate);
            responses.record(request);
            return pages.seeOther(ResponseForms.back(districtId, quarter, "recorded"));
        } catch (DomainException e) {
            return refused(e, districtId, quarter, kept);
        }
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Responses page: mark a response done, or drop it (HTML form, CSRF token)")
    public Response changeStatus(
            @PathParam("id") long id,
            @FormParam("district") String district,
            @FormParam("period") String period,
            @FormParam("status") String status,
            @FormParam("dropReason") String dropReason) {
        ResponsesPages.Kept kept =
                new ResponsesPages.Kept(null, null, null, null, null, id, dropReason);
        Long districtId = null;
        Quarter quarter = null;
        try {
            districtId = QueryParameters.longValue("district", district);
            quarter = QueryParameters.quarter("period", period);
            ResponseChange change = ResponseForms.statusChange(validator, status, dropReason);
            responses.change(id, change);
            return pages.seeOther(ResponseForms.back(districtId, quarter, "changed"));
        } catch (DomainException e) {
            return refused(e, districtId, quarter, kept);
        }
    }

    @POST
    @Path("/self-assessment")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary =
                    "Responses page: record a provider's self-assessment (admins; HTML form, CSRF"
                            + " token)")
    public Response selfAssess(
            @FormParam("district") String district,
            @FormParam("period") String period,
            @FormParam("providerCode") String providerCode,
            @FormParam("overall") String overall,
            @FormParam("dignity") String dignity,
            @FormParam("listened") String listened,
            @FormParam("timeliness") String timeliness,
            @FormParam("outcome") String outcome) {
        Long districtId = null;
        Quarter quarter = null;
        try {
            districtId = QueryParameters.longValue("district", district);
            quarter = QueryParameters.quarter("period", period);
            NewSelfAssessment request =
                    ResponseForms.selfAssessment(
                            validator,
                            providerCode,
                            period,
                            Arrays.asList(overall, dignity, listened, timeliness, outcome));
            assessments.record(request);
            return pages.seeOther(ResponseForms.back(districtId, quarter, "self-assessed"));
        } catch (DomainException e) {
            return refused(e, districtId, quarter, ResponsesPages.Kept.NONE);
        }
    }

    private Response refused(
            DomainException e, Long district, Quarter period, ResponsesPages.Kept kept) {
        int status = ResponseFormErrors.status(e);
        if (status == 404) {
            return pages.notice(404, "responses.title", "responses.error.404", "/staff/responses");
        }
        return render(status, district, period, kept, null, ResponseFormErrors.keys(e));
    }

    private Response render(
            int status,
            Long district,
            Quarter period,
            ResponsesPages.Kept kept,
            String noticeKey,
            List<String> errors) {
        var districtId = data.district(district);
        if (districtId.isEmpty()) {
            return pages.html(
                    status,
                    pages.page(page, "responses.title")
                            .data("choosing", true)
                            .data("districts", data.districts())
                            .data("p", null)
                            .data("noticeKey", null)
                            .data("errors", errors));
        }
        return pages.html(
                status,
                pages.page(page, "responses.title")
                        .data("choosing", false)
                        .data("districts", null)
                        .data("p", data.page(districtId.get(), period, kept))
                        .data("noticeKey", noticeKey)
                        .data("errors", errors));
    }
}
