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
import org.survivorvoice.common.error.QueryParameters;
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
        ProviderPage data =
                districts.provider(
                        code, districts.period(QueryParameters.quarter("period", period)));
        return pages.html(pages.page(provider, "district.provider.title").data("p", data));
    }

    @GET
    @Path("/{code}/trend.png")
    @Produces(DistrictPageResource.PNG)
    public Response trend(@PathParam("code") String code) {
        return Response.ok(charts.trend(code), DistrictPageResource.PNG).build();
    }
}
