package org.survivorvoice.staff.district;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Optional;
import java.util.function.Supplier;
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
 * The district page of officials (their own district) and admins (any, {@code ?district=}): scores
 * by category and band with rank intervals, the selected category's charts, internal alerts, and
 * the district workbook ordered through the report jobs of the API.
 */
@Path("/staff/district")
@StaffPage
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
public class DistrictPageResource {

    static final String PNG = "image/png";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StaffPages pages;
    private final DistrictPageService districts;
    private final DistrictCharts charts;
    private final ReportJobService jobs;
    private final ArchivedReportService archive;

    @Location("staff/district/district.html")
    Template districtPage;

    @Location("staff/district/choose.html")
    Template choosePage;

    @Location("staff/district/job.html")
    Template jobPage;

    public DistrictPageResource(
            StaffPages pages,
            DistrictPageService districts,
            DistrictCharts charts,
            ReportJobService jobs,
            ArchivedReportService archive) {
        this.pages = pages;
        this.districts = districts;
        this.charts = charts;
        this.jobs = jobs;
        this.archive = archive;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("district") String district,
            @QueryParam("period") String period,
            @QueryParam("category") String category) {
        Optional<Long> id = districts.district(QueryParameters.longValue("district", district));
        Quarter quarter = districts.period(QueryParameters.quarter("period", period));
        if (id.isEmpty()) {
            return pages.html(
                    pages.page(choosePage, "district.title")
                            .data("districts", districts.districts()));
        }
        DistrictPage data = districts.page(id.get(), quarter, category);
        return pages.html(pages.page(districtPage, "district.title").data("p", data));
    }

    @GET
    @Path("/charts/funnel.png")
    @Produces(PNG)
    public Response funnel(
            @QueryParam("district") String district,
            @QueryParam("period") String period,
            @QueryParam("category") String category) {
        return Response.ok(
                        charts.funnel(
                                QueryParameters.quarter("period", period),
                                category,
                                QueryParameters.longValue("district", district)),
                        PNG)
                .build();
    }

    @GET
    @Path("/charts/caterpillar.png")
    @Produces(PNG)
    public Response caterpillar(
            @QueryParam("district") String district,
            @QueryParam("period") String period,
            @QueryParam("category") String category) {
        return Response.ok(
                        charts.caterpillar(
                                QueryParameters.quarter("period", period),
                                category,
                                QueryParameters.longValue("district", district)),
                        PNG)
                .build();
    }

    /** Orders the district workbook (the API's report job) and shows its job page. */
    @POST
    @Path("/workbook")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response order(
            @FormParam("period") String period, @FormParam("district") String district) {
        ReportJobView ordered =
                jobs.request(
                        QueryParameters.quarter("period", period),
                        Audience.OFFICIAL,
                        QueryParameters.longValue("district", district));
        return pages.seeOther("/staff/district/workbook/jobs/" + ordered.jobId());
    }

    /** The job page: progress, refreshed by the browser until done; the download link then. */
    @GET
    @Path("/workbook/jobs/{jobId}")
    @Produces(MediaType.TEXT_HTML)
    public Response job(@PathParam("jobId") long jobId) {
        return orNotFound(
                () -> {
                    ReportJobView view = jobs.job(jobId);
                    boolean working =
                            view.status() == ReportJobStatus.QUEUED
                                    || view.status() == ReportJobStatus.RUNNING;
                    return pages.html(
                            pages.page(jobPage, "district.job.title")
                                    .data("job", view)
                                    .data("working", working)
                                    .data("done", view.status() == ReportJobStatus.DONE));
                });
    }

    /** The workbook of a finished job, if the caller may read it (404 otherwise). */
    @GET
    @Path("/workbook/reports/{reportId}")
    @Produces({XLSX, MediaType.TEXT_HTML})
    public Response download(@PathParam("reportId") long reportId) {
        return orNotFound(
                () -> {
                    ArchivedReportService.Download file = archive.download(reportId);
                    return Response.ok(file.file().toFile(), XLSX)
                            .header("X-Content-SHA256", file.sha256())
                            .header(
                                    "Content-Disposition",
                                    "attachment; filename=\"" + file.fileName() + "\"")
                            .build();
                });
    }

    /**
     * The response, or the staff 404 page when what the address names does not exist or lies in
     * another district (pages answer HTML, not the API's problem+json).
     */
    private Response orNotFound(Supplier<Response> response) {
        try {
            return response.get();
        } catch (NotFoundException e) {
            return pages.notice(
                    404, "common.not-found.title", "common.not-found", "/staff/district");
        }
    }
}
