package org.survivorvoice.reports.chart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jfree.chart.JFreeChart;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.security.Roles;

/**
 * Charts as PNG, drawn from stored scores through the same disclosure rules as the scores API
 * ({@link ChartService}). Answers are private to the caller and kept for a few minutes at most:
 * scores change only when a quarter is recomputed, and a shared cache must never hand one
 * district's chart to another official.
 */
@Path("/api/v1/charts")
@Produces(ChartResource.PNG)
@Tag(name = "Charts")
public class ChartResource {

    static final String PNG = "image/png";

    private static final CacheControl PRIVATE_FIVE_MINUTES = cacheControl();

    private final ChartService charts;

    public ChartResource(ChartService charts) {
        this.charts = charts;
    }

    @GET
    @Path("/funnel.png")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.FUNDER})
    public Response funnel(
            @QueryParam("period") @Size(max = 7) String period,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("district") String district) {
        FunnelChartData data =
                charts.funnel(
                        QueryParameters.quarter("period", period),
                        category,
                        QueryParameters.longValue("district", district),
                        charts.viewer());
        return png(FunnelPlotChart.chart(data), ChartPng.HEIGHT);
    }

    @GET
    @Path("/trend.png")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.FUNDER})
    public Response trend(@QueryParam("providerCode") @Size(max = 12) String providerCode) {
        if (providerCode == null || providerCode.isBlank()) {
            throw new InvalidInputException("providerCode", "name the provider");
        }
        TrendChartData data = charts.providerTrend(providerCode.strip(), charts.viewer());
        return png(TrendChart.chart(data), ChartPng.HEIGHT);
    }

    @GET
    @Path("/categories.png")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.FUNDER})
    public Response categories(
            @QueryParam("period") @Size(max = 7) String period,
            @QueryParam("district") String district) {
        CategoryOverviewData data =
                charts.categories(
                        QueryParameters.quarter("period", period),
                        QueryParameters.longValue("district", district),
                        charts.viewer());
        return png(CategoryOverviewChart.chart(data), ChartPng.HEIGHT);
    }

    @GET
    @Path("/caterpillar.png")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.FUNDER})
    public Response caterpillar(
            @QueryParam("period") @Size(max = 7) String period,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("district") String district) {
        CaterpillarChartData data =
                charts.caterpillar(
                        QueryParameters.quarter("period", period),
                        category,
                        QueryParameters.longValue("district", district),
                        charts.viewer());
        return png(CaterpillarChart.chart(data), CaterpillarChart.height(data));
    }

    @GET
    @Path("/channels.png")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.FUNDER})
    public Response channels(
            @QueryParam("period") @Size(max = 7) String period,
            @QueryParam("district") String district) {
        ChannelMixData data =
                charts.channels(
                        QueryParameters.quarter("period", period),
                        QueryParameters.longValue("district", district),
                        charts.viewer());
        return png(ChannelMixChart.chart(data), ChartPng.HEIGHT);
    }

    private static Response png(JFreeChart chart, int height) {
        return Response.ok(ChartPng.bytes(chart, ChartPng.WIDTH, height), PNG)
                .cacheControl(PRIVATE_FIVE_MINUTES)
                .build();
    }

    private static CacheControl cacheControl() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return cache;
    }
}
