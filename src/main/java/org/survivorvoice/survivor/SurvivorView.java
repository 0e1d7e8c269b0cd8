package org.survivorvoice.survivor;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survivor as staff see her: never her phone or PIN. {@code exitedAt} is when she left the
 * programme, {@code contactPurged} whether her phone and PIN are deleted (SAFETY.md D3), {@code
 * identifiedThrough} the collective and/or peer leader recorded at enrolment (both null: neither).
 */
public record SurvivorView(
        Long id,
        String language,
        Long areaId,
        Long districtId,
        ConsentSettings consent,
        SafeHours safeHours,
        boolean hasIvrPin,
        SurvivorStatus status,
        @Schema(nullable = true) Instant exitedAt,
        boolean contactPurged,
        IdentifiedThrough identifiedThrough) {

    static SurvivorView of(Survivor s) {
        return new SurvivorView(
                s.id,
                s.language,
                s.area.id,
                s.district.id,
                ConsentSettings.of(s),
                new SafeHours(s.safeFrom, s.safeTo),
                s.ivrPinHash != null,
                s.status,
                s.exitedAt,
                s.contactPurgedAt != null,
                new IdentifiedThrough(s.identifiedCollectiveId, s.identifiedPeerLeaderId));
    }
}
