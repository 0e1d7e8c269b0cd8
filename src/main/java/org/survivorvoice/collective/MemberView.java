package org.survivorvoice.collective;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A membership as admins and the field workers of her district see it: her survivor id only, never
 * her phone or anything else of hers.
 */
public record MemberView(
        Long survivorId,
        Long collectiveId,
        Instant consentedAt,
        LocalDate joinedOn,
        @Schema(nullable = true) LocalDate leftOn) {

    static MemberView of(CollectiveMember m) {
        return new MemberView(m.survivor.id, m.collective.id, m.consentedAt, m.joinedOn, m.leftOn);
    }
}
