package org.survivorvoice.collective;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of a collective; fields left out keep their value. {@code active: false} closes it today
 * (refused while an active collective below names it as parent), {@code true} reopens it.
 */
public record CollectiveChange(
        @Schema(nullable = true) @Size(min = 1, max = 160) String name,
        @Schema(nullable = true) Long parentId,
        @Schema(nullable = true) Boolean active) {

    /** Whether nothing is to change. */
    public boolean isEmpty() {
        return name == null && parentId == null && active == null;
    }
}
