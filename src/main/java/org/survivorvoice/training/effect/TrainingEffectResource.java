package org.survivorvoice.training.effect;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.security.Roles;

/**
 * {@code GET /api/v1/trainings/{id}/effect}: a training event's measured effect at published
 * precision. Admins and funders see every event, officials those with an attending provider in
 * their district (another district's answers 404). Its chart is {@code .../effect/chart.png},
 * served beside the other charts by {@code reports.chart.TrainingEffectChartResource}.
 */
@Path("/api/v1/trainings/{id}/effect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainings")
public class TrainingEffectResource {

    private final TrainingEffectService effects;

    public TrainingEffectResource(TrainingEffectService effects) {
        this.effects = effects;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER})
    @Operation(
            summary = "The training's effect",
            description =
                    "Difference in differences of the share satisfied, trained against untrained"
                            + " providers of the same categories and comparison area, two quarters"
                            + " before and two after; shown only past the gate, else what is"
                            + " missing. Whole percentage points, cells at published precision.")
    public TrainingEffectView get(@PathParam("id") long id) {
        return effects.effect(id);
    }
}
