package org.survivorvoice.staff;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /staff}: sends each role to the first page of its work ({@link StaffNav#start}). */
@Path("/staff")
@Authenticated
@StaffPage
public class StaffHomeResource {

    private final SecurityIdentity identity;
    private final StaffPages pages;

    public StaffHomeResource(SecurityIdentity identity, StaffPages pages) {
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Staff start: 303 to the signed-in role's first page")
    public Response start() {
        return pages.seeOther(StaffNav.start(identity::hasRole));
    }
}
