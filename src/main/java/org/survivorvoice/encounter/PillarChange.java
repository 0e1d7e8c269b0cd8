package org.survivorvoice.encounter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Moves a service type to another pillar.
 *
 * @param pillar PREVENT, PROTECT, REHABILITATE or PROSECUTE; any other text is a 400 naming the
 *     field
 */
public record PillarChange(@NotBlank @Size(max = 20) String pillar) {}
