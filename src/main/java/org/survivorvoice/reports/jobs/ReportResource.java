package org.survivorvoice.reports.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.security.Roles;

/** Quarterly MIS workbooks: ask for one, follow its job, list and download the archive. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportJobService jobs;
    private final ArchivedReportService archive;

    public ReportResource(ReportJobService jobs, ArchivedReportService archive) {
        this.jobs = jobs;
        this.archive = archive;
    }

    /** Queues a workbook; 202 with the job to follow. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FUNDER, Roles.OFFICIAL})
    @APIResponse(
            responseCode = "202",
            description = "Queued; follow the job at Location",
            content = @Content(schema = @Schema(implementation = ReportJobView.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "A quarter that has not begun, or (except for admins) one not yet released")
    public Response request(
            @QueryParam("period") String period,
            @QueryParam("audience") String audience,
            @QueryParam("district") String district) {
        ReportJobView job =
                jobs.request(
                        QueryParameters.quarter("period", period),
                        QueryParameters.enumValue("audience", Audience.class, audience),
                        QueryParameters.longValue("district", district));
        return Response.accepted(job)
                .location(URI.create("/api/v1/reports/jobs/" + job.jobId()))
                .build();
    }

    @GET
    @Path("/jobs/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FUNDER, Roles.OFFICIAL})
    public ReportJobView job(@PathParam("jobId") long jobId) {
        return jobs.job(jobId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FUNDER, Roles.OFFICIAL})
    public List<ArchivedReportView> list(@QueryParam("period") String period) {
        return archive.list(QueryParameters.quarter("period", period));
    }

    /** The workbook, with the SHA-256 of its bytes in {@code X-Content-SHA256}. */
    @GET
    @Path("/{reportId}")
    @Produces(XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.FUNDER, Roles.OFFICIAL})
    public Response download(@PathParam("reportId") long reportId) {
        ArchivedReportService.Download download = archive.download(reportId);
        return Response.ok(download.file().toFile(), XLSX)
                .header("X-Content-SHA256", download.sha256())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
