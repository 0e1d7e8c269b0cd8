package org.survivorvoice.reports.meeting;

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
 * The interface meeting pack of a district and quarter as a workbook: officials of the district and
 * admins (funders and field workers never: it names providers and carries action text).
 */
@Path("/api/v1/meeting-packs")
@Tag(name = "Meeting packs")
public class MeetingPackResource {

    private final MeetingPacks packs;

    public MeetingPackResource(MeetingPacks packs) {
        this.packs = packs;
    }

    /** The pack, with the SHA-256 of its bytes in {@code X-Content-SHA256}. */
    @GET
    @Produces(WorkbookDownload.XLSX)
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "The meeting pack workbook, as an attachment",
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
                        description =
                                "attachment; filename=\"meeting-pack-<district>-<period>.xlsx\"",
                        schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "422",
            description =
                    "A quarter that has not begun, or (except for admins) one not yet released")
    public Response pack(
            @QueryParam("district") String district,
            @QueryParam("period") @Size(max = 7) String period) {
        WorkbookDownload pack =
                packs.workbook(
                        QueryParameters.longValue("district", district),
                        QueryParameters.quarter("period", period));
        return Response.ok(pack.bytes(), WorkbookDownload.XLSX)
                .header("X-Content-SHA256", pack.sha256())
                .header("Content-Disposition", "attachment; filename=\"" + pack.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
