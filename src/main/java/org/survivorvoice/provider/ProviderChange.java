package org.survivorvoice.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New name, category and area of an existing provider, by the rules of a new one. */
public record ProviderChange(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String category,
        @NotNull Long areaId) {}
