package org.survivorvoice.staff.trainings;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.chart.TrainingEffectChart;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.training.effect.TrainingEffectService;

/**
 * {@code /staff/trainings/{id}}: a training event and its measured effect, for admins, funders and
 * officials (events with an attending provider in their district; another district's is the staff
 * 404 page, as the API's 404): the statement and what it does not mean in the page's language, the
 * four cells, the chart. The same published figures as {@code GET /api/v1/trainings/{id}/effect}.
 */
@Path("/staff/trainings/{id:[0-9]{1,18}}")
@StaffPage
@RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER})
public class TrainingEffectPageResource {

    private static final String PNG = "image/png";

    private final StaffPages pages;
    private final TrainingEffectService effects;

    @Location("staff/trainings/effect.html")
    Template effect;

    public TrainingEffectPageResource(StaffPages pages, TrainingEffectService effects) {
        this.pages = pages;
        this.effects = effects;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Training effect page: the event, its effect in words, cells and chart")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    public Response page(@PathParam("id") long id) {
        return orNotFound(
                () ->
                        pages.html(
                                pages.page(effect, "trainingeffect.title")
                                        .data(
                                                "e",
                                                TrainingEffectPage.of(
                                                        effects.effect(id), pages::text))));
    }

    @GET
    @Path("/chart.png")
    @Produces({PNG, MediaType.TEXT_HTML})
    @Operation(summary = "Training effect page: the chart (PNG)")
    public Response chart(@PathParam("id") long id) {
        return orNotFound(
                () ->
                        Response.ok(
                                        ChartPng.bytes(
                                                TrainingEffectChart.chart(effects.effect(id)),
                                                ChartPng.WIDTH,
                                                ChartPng.HEIGHT),
                                        PNG)
                                .build());
    }

    private Response orNotFound(Supplier<Response> response) {
        try {
            return response.get();
        } catch (NotFoundException e) {
            return pages.notice(404, "common.not-found.title", "common.not-found", "/staff");
        }
    }
}
