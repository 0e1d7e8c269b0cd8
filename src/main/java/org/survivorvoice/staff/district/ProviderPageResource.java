package org.survivorvoice.staff.district;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * One provider for officials (own district; 404 for another district's, as the API) and admins:
 * trend, dimension scores, rank interval, and redacted comments when past the suppression gate.
 */
@Path("/staff/providers")
@StaffPage
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
public class ProviderPageResource {

    private final StaffPages pages;
    private final DistrictPageService districts;
    private final DistrictCharts charts;

    @Location("staff/district/provider.html")
    Template provider;

    public ProviderPageResource(
            StaffPages pages, DistrictPageService districts, DistrictCharts charts) {
        this.pages = pages;
        this.districts = districts;
        this.charts = charts;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("code") String code, @QueryParam("period") String period) {
        Quarter quarter = districts.period(QueryParameters.quarter("period", period));
        return orNotFound(
                () ->
                        pages.html(
                                pages.page(provider, "district.provider.title")
                                        .data("p", districts.provider(code, quarter))));
    }

    @GET
    @Path("/{code}/trend.png")
    @Produces({DistrictPageResource.PNG, MediaType.TEXT_HTML})
    public Response trend(@PathParam("code") String code) {
        return orNotFound(() -> Response.ok(charts.trend(code), DistrictPageResource.PNG).build());
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
