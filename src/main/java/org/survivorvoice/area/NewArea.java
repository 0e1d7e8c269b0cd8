package org.survivorvoice.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request to create an area; a state has no parent, every other level needs one. */
public record NewArea(
        @NotBlank @Size(max = 120) String name,
        @NotNull AreaLevel level,
        @Schema(nullable = true) Long parentId) {}
