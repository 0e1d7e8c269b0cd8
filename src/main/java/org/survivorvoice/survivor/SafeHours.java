package org.survivorvoice.survivor;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * The window in which she may be contacted, in her time zone ({@code "10:00"} to {@code "18:00"});
 * a window may cross midnight.
 */
public record SafeHours(@NotNull LocalTime from, @NotNull LocalTime to) {}
