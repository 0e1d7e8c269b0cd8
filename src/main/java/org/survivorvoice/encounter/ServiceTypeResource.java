package org.survivorvoice.encounter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;

/** The service types and their pillars; admins move a type to another pillar. */
@Path("/api/v1/service-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service types")
public class ServiceTypeResource {

    private final ServiceTypeService types;

    public ServiceTypeResource(ServiceTypeService types) {
        this.types = types;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER})
    @Operation(summary = "Every service type with its pillar (one page: the list is short)")
    public PageResult<ServiceTypeView> list() {
        List<ServiceTypeView> all = types.list();
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move a service type to another pillar (audited)")
    public ServiceTypeView changePillar(
            @PathParam("code") String code, @NotNull @Valid PillarChange change) {
        return types.changePillar(code, change);
    }
}
