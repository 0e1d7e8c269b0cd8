package org.survivorvoice.staff.meetings;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.excel.WorkbookDownload;
import org.survivorvoice.reports.meeting.MeetingPacks;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.staff.district.DistrictPageService;

/**
 * The interface meeting pack for officials (their own district; 403 for another) and admins (any
 * district, picked first): the same content as the workbook, as tables, with the gap charts and the
 * workbook to download.
 */
@Path("/staff/meeting-pack")
@StaffPage
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
public class MeetingPackPageResource {

    static final String PNG = "image/png";

    private final StaffPages pages;
    private final MeetingPacks packs;
    private final DistrictPageService districts;

    @Location("staff/meetings/pack.html")
    Template packPage;

    @Location("staff/meetings/choose.html")
    Template choosePage;

    public MeetingPackPageResource(
            StaffPages pages, MeetingPacks packs, DistrictPageService districts) {
        this.pages = pages;
        this.packs = packs;
        this.districts = districts;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("district") String district, @QueryParam("period") String period) {
        Long id = QueryParameters.longValue("district", district);
        Quarter quarter = QueryParameters.quarter("period", period);
        if (districts.district(id).isEmpty()) {
            return pages.html(
                    pages.page(choosePage, "meetings.title")
                            .data("districts", districts.districts()));
        }
        MeetingPackPage page = MeetingPackPage.of(packs.data(id, quarter));
        return pages.html(pages.page(packPage, "meetings.title").data("p", page));
    }

    @GET
    @Path("/gaps.png")
    @Produces(PNG)
    public Response gaps(
            @QueryParam("district") String district,
            @QueryParam("period") String period,
            @QueryParam("category") String category) {
        return Response.ok(
                        packs.gapChart(
                                QueryParameters.longValue("district", district),
                                QueryParameters.quarter("period", period),
                                category),
                        PNG)
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    /** The workbook, with the SHA-256 of its bytes, as the API serves it. */
    @GET
    @Path("/download")
    @Produces({WorkbookDownload.XLSX, MediaType.TEXT_HTML})
    public Response download(
            @QueryParam("district") String district, @QueryParam("period") String period) {
        WorkbookDownload pack =
                packs.workbook(
                        QueryParameters.longValue("district", district),
                        QueryParameters.quarter("period", period));
        return Response.ok(pack.bytes(), WorkbookDownload.XLSX)
                .header("X-Content-SHA256", pack.sha256())
                .header("Content-Disposition", "attachment; filename=\"" + pack.fileName() + "\"")
                .build();
    }
}
