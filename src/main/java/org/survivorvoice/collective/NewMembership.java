package org.survivorvoice.collective;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survivor joins a collective. {@code consent} must be {@code true}: the field worker confirms
 * that she agreed to be a member (422 otherwise). {@code joinedOn} is today when left out.
 */
public record NewMembership(
        @NotNull Long survivorId,
        @Schema(nullable = true, description = "true: she agreed to be a member") Boolean consent,
        @Schema(nullable = true) LocalDate joinedOn) {}
