package org.survivorvoice.reports.safetydesk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.reports.excel.WorkbookDownload;
import org.survivorvoice.security.Roles;

/**
 * The admin's safety-desk workbook of a quarter: the per-district figures of the quarterly Safety
 * desk sheet and the per-provider view, which names providers and so is for admins only (field
 * workers, officials and funders get 403: the person a survivor names may be the official).
 */
@Path("/api/v1/cases/workbook")
@Tag(name = "Safety desk")
public class SafetyDeskWorkbookResource {

    private final SafetyDeskWorkbooks workbooks;

    public SafetyDeskWorkbookResource(SafetyDeskWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    /** The workbook, with the SHA-256 of its bytes in {@code X-Content-SHA256}. Audited. */
    @GET
    @Produces(WorkbookDownload.XLSX)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(
            responseCode = "200",
            description =
                    "The safety-desk workbook (sheets Districts and Providers), as an attachment;"
                            + " provisional for a quarter not yet ended",
            content =
                    @Content(
                            mediaType = WorkbookDownload.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = {
                @Header(
                        name = "X-Content-SHA256",
                        description = "Lower-case hex SHA-256 of the body",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Content-Disposition",
                        description = "attachment; filename=\"safety-desk-<period>.xlsx\"",
                        schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "400",
            description = "No quarter, a malformed one, or a quarter that has not begun")
    public Response workbook(@QueryParam("period") @Size(max = 7) String period) {
        WorkbookDownload download = workbooks.workbook(QueryParameters.quarter("period", period));
        return Response.ok(download.bytes(), WorkbookDownload.XLSX)
                .header("X-Content-SHA256", download.sha256())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
