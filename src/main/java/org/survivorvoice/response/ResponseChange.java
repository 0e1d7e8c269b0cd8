package org.survivorvoice.response;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of a PLANNED response: its new status (DONE, or DROPPED with a reason), and while it is
 * planned its action, owner role or due date. Fields left out keep their value.
 */
public record ResponseChange(
        @Schema(nullable = true) ResponseStatus status,
        @Schema(nullable = true, description = "required with DROPPED, refused otherwise")
                @Size(max = 500)
                String dropReason,
        @Schema(nullable = true) @Size(max = 1000) String actionText,
        @Schema(nullable = true) @Size(max = 120) String ownerRole,
        @Schema(nullable = true) LocalDate dueDate) {

    /** Whether the change sets anything at all. */
    @Schema(hidden = true)
    boolean isEmpty() {
        return status == null
                && dropReason == null
                && actionText == null
                && ownerRole == null
                && dueDate == null;
    }

    @Override
    public String toString() {
        return "ResponseChange[" + status + "]";
    }
}
