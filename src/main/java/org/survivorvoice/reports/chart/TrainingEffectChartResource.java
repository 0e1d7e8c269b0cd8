package org.survivorvoice.reports.chart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.security.Roles;
import org.survivorvoice.training.effect.TrainingEffectService;

/**
 * {@code GET /api/v1/trainings/{id}/effect/chart.png}: the effect's chart, drawn from the same
 * published figures as {@code GET /api/v1/trainings/{id}/effect} with the same roles and district
 * rule. It lives with the other charts because {@code reports} sits above {@code training} (the
 * workbook reads the effects), so the chart helpers cannot be called from there.
 */
@Path("/api/v1/trainings/{id}/effect/chart.png")
@Produces(ChartResource.PNG)
@Tag(name = "Trainings")
public class TrainingEffectChartResource {

    private final TrainingEffectService effects;

    public TrainingEffectChartResource(TrainingEffectService effects) {
        this.effects = effects;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER})
    @Operation(summary = "The training effect's chart (PNG)")
    public Response chart(@PathParam("id") long id) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(
                        ChartPng.bytes(
                                TrainingEffectChart.chart(effects.effect(id)),
                                ChartPng.WIDTH,
                                ChartPng.HEIGHT),
                        ChartResource.PNG)
                .cacheControl(cache)
                .build();
    }
}
