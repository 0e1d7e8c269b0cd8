package org.survivorvoice.outreach.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/**
 * Outbound messages and calls for admins: channel, template, status, attempts and times; the
 * recipient only as the survivor id, link tokens masked, never a phone.
 */
@Path("/api/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox")
public class OutboxResource {

    private final OutboxService outbox;

    public OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public PageResult<OutboxItem> list(
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return outbox.list(
                QueryParameters.enumValue("status", OutboxStatus.class, status),
                PageRequest.of(page, size));
    }
}
