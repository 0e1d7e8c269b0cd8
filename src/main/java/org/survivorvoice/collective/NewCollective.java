package org.survivorvoice.collective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new collective: its name, level, area (the gram panchayat or block of a site, the district of a
 * district collective, the state of a regional or state one), the parent one level up (may come
 * later) and the day it was formed (today when left out).
 */
public record NewCollective(
        @NotBlank @Size(max = 160) String name,
        @NotNull CollectiveLevel level,
        @NotNull Long areaId,
        @Schema(nullable = true) Long parentId,
        @Schema(nullable = true) LocalDate formedOn) {}
