package org.survivorvoice.privacy.rotation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.survivorvoice.security.Roles;

/**
 * The vault key rotation (deploy/key-rotation.md): admins start or resume it and watch its
 * progress. Answers hold key ids and counts, never a key, number or text.
 */
@Path("/api/v1/admin/vault-rotation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vault key rotation")
public class VaultRotationResource {

    private final VaultRotationService rotation;

    public VaultRotationResource(VaultRotationService rotation) {
        this.rotation = rotation;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Start the rotation to the configured keys, or resume it; the batches run in"
                            + " the background; audited")
    @APIResponse(
            responseCode = "202",
            description = "Started or resumed",
            content = @Content(schema = @Schema(implementation = VaultRotationProgress.class)))
    @APIResponse(responseCode = "409", description = "No previous vault key is configured")
    public Response start() {
        return Response.accepted(rotation.start()).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Progress of the rotation to the configured keys: key ids and counts")
    public VaultRotationProgress progress() {
        return rotation.progress();
    }
}
