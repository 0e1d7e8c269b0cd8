package org.survivorvoice.scoring.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/** Internal deterioration alerts for officials (own district) and admins, and their update. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

    private final DeteriorationAlertService alerts;

    public AlertResource(DeteriorationAlertService alerts) {
        this.alerts = alerts;
    }

    /** Alerts newest first; an official gets her own district and 403 for another. */
    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    public PageResult<AlertView> list(
            @QueryParam("district") String district,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return alerts.list(
                QueryParameters.longValue("district", district), PageRequest.of(page, size));
    }

    /** Processes the ratings given since the last update now; answers when done. */
    @POST
    @Path("/refresh")
    @RolesAllowed(Roles.ADMIN)
    public DeteriorationRun refresh() {
        return alerts.update();
    }
}
