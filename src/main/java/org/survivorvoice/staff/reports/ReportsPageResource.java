package org.survivorvoice.staff.reports;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.jobs.ArchivedReportService;
import org.survivorvoice.reports.jobs.ReportJobService;
import org.survivorvoice.reports.jobs.ReportJobStatus;
import org.survivorvoice.reports.jobs.ReportJobView;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/reports}: the programme summary of a released quarter as the viewer's workbook
 * states it, the archive of workbooks with their SHA-256 and downloads, and (admins, officials)
 * ordering a workbook and following its job. The same services as {@code /api/v1/reports}.
 */
@Path("/staff/reports")
@RolesAllowed({Roles.FUNDER, Roles.ADMIN, Roles.OFFICIAL})
@StaffPage
public class ReportsPageResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StaffPages pages;
    private final ReportsPages reports;
    private final ReportJobService jobs;
    private final ArchivedReportService archive;
    private final Template page;
    private final Template job;

    public ReportsPageResource(
            StaffPages pages,
            ReportsPages reports,
            ReportJobService jobs,
            ArchivedReportService archive,
            @Location("staff/reports/reports.html") Template page,
            @Location("staff/reports/job.html") Template job) {
        this.pages = pages;
        this.reports = reports;
        this.jobs = jobs;
        this.archive = archive;
        this.page = page;
        this.job = job;
    }

    @GET
    @Operation(summary = "Reports page: summary of a released quarter, archive, ordering (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "400",
            description = "The quarter is not written like 2026-Q3",
            content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "422",
            description = "The quarter is not released yet",
            content = @Content(mediaType = "text/html"))
    public Response show(@QueryParam("period") String period) {
        Quarter quarter;
        try {
            quarter = QueryParameters.quarter("period", period);
        } catch (DomainException e) {
            return pages.notice(400, "reports.title", "reports.bad-period", "/staff/reports");
        }
        return render(quarter == null ? reports.latestReleased() : quarter, 200, null);
    }

    @POST
    @Path("/order")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICIAL})
    @Operation(summary = "Reports page: order a quarterly workbook (HTML form, CSRF token)")
    public Response order(
            @FormParam("period") String period,
            @FormParam("audience") String audience,
            @FormParam("district") String district) {
        try {
            ReportJobView queued =
                    jobs.request(
                            QueryParameters.quarter("period", period),
                            audience == null || audience.isBlank()
                                    ? Audience.OFFICIAL
                                    : QueryParameters.enumValue(
                                            "audience", Audience.class, audience),
                            QueryParameters.longValue(
                                    "district",
                                    district == null || district.isBlank() ? null : district));
            return pages.seeOther("/staff/reports/jobs/" + queued.jobId());
        } catch (DomainException e) {
            // another district's workbook is forbidden, not an invalid form
            int status = e instanceof ForbiddenScopeException ? 403 : 422;
            return render(reports.latestReleased(), status, "reports.order.refused");
        }
    }

    @GET
    @Path("/jobs/{jobId}")
    @Operation(summary = "Reports page: progress of an ordered workbook (HTML, refreshes itself)")
    public Response job(@PathParam("jobId") long jobId) {
        ReportJobView view;
        try {
            view = jobs.job(jobId);
        } catch (NotFoundException e) {
            return notFound();
        }
        boolean working =
                view.status() == ReportJobStatus.QUEUED || view.status() == ReportJobStatus.RUNNING;
        return pages.html(
                pages.page(job, "reports.job.title")
                        .data("job", view)
                        .data("working", working)
                        .data(
                                "statusKey",
                                "reports.job.status." + view.status().name().toLowerCase()));
    }

    @GET
    @Path("/{reportId}/download")
    @Operation(summary = "Reports page: download an archived workbook (its SHA-256 in a header)")
    public Response download(@PathParam("reportId") long reportId) {
        ArchivedReportService.Download download;
        try {
            download = archive.download(reportId);
        } catch (NotFoundException e) {
            return notFound();
        }
        return Response.ok(download.file().toFile(), XLSX)
                .header("X-Content-SHA256", download.sha256())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + download.fileName() + "\"")
                .build();
    }

    private Response notFound() {
        return pages.notice(404, "common.not-found.title", "common.not-found", "/staff/reports");
    }

    private Response render(Quarter period, int status, String errorKey) {
        try {
            return pages.html(
                    status,
                    pages.page(page, "reports.title")
                            .data("view", reports.view(period))
                            .data("error", errorKey));
        } catch (DomainException e) {
            return pages.notice(
                    e.status(), "reports.title", "reports.not-released", "/staff/reports");
        }
    }
}
