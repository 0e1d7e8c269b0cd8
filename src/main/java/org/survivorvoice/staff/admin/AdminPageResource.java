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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.staff.reports.ReportsPages;

/**
 * {@code /staff/admin}: the programme's runs an admin starts by hand: ordering a quarterly workbook
 * (the reports page's order form, every edition and quarter) and recomputing a quarter's scores
 * (the scores API's refresh).
 */
@Path("/staff/admin")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class AdminPageResource {

    private final StaffPages pages;
    private final ReportsPages reports;
    private final ScoringService scoring;
    private final Template page;

    public AdminPageResource(
            StaffPages pages,
            ReportsPages reports,
            ScoringService scoring,
            @Location("staff/admin/admin.html") Template page) {
        this.pages = pages;
        this.reports = reports;
        this.scoring = scoring;
        this.page = page;
    }

    @GET
    @Operation(summary = "Admin page: order a workbook, recompute scores (HTML)")
    public Response show(
            @QueryParam("refreshed") String refreshed,
            @QueryParam("scored") String scored,
            @QueryParam("frozen") String frozen) {
        String result = null;
        if (refreshed != null && refreshed.matches("\\d{4}-Q[1-4]")) {
            String key = "true".equals(frozen) ? "admin.refresh.done-frozen" : "admin.refresh.done";
            result =
                    pages.text(
                            key,
                            Map.of(
                                    "period",
                                    refreshed,
                                    "providers",
                                    scored == null ? "0" : scored.replaceAll("\\D", "")));
        }
        return render(200, result, null);
    }

    @POST
    @Path("/scores-refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Admin page: recompute a quarter's scores (HTML form, CSRF token)")
    public Response refresh(@FormParam("period") String period) {
        Quarter quarter;
        try {
            quarter = QueryParameters.quarter("period", period);
        } catch (DomainException e) {
            quarter = null;
        }
        if (quarter == null) {
            return render(400, null, "admin.refresh.bad-period");
        }
        ScoringService.RefreshResult result = scoring.refresh(quarter);
        if (result.alreadyFrozen()) {
            return render(422, null, "admin.refresh.already-frozen");
        }
        return pages.seeOther(
                "/staff/admin?refreshed="
                        + URLEncoder.encode(result.period(), StandardCharsets.UTF_8)
                        + "&scored="
                        + result.providersScored()
                        + "&frozen="
                        + result.frozen());
    }

    private Response render(int status, String result, String errorKey) {
        return pages.html(
                status,
                pages.page(page, "admin.title")
                        .data("form", reports.adminOrderForm())
                        .data("result", result)
                        .data("error", errorKey)
                        .data("latest", reports.latestReleased().toString()));
    }
}
