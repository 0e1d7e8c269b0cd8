package org.survivorvoice.survivor;

/**
 * The question enrolment asks about "identified through": the survivor feature knows no
 * collectives, so the collective feature answers it (in the caller's transaction).
 */
public interface Identification {

    /**
     * The collective and peer leader to record for a survivor of the district, checked: the
     * collective must be active and cover her district, the peer leader an active field worker who
     * leads it (or, named alone, leads an active collective covering her district, which is then
     * recorded too). Throws an {@link org.survivorvoice.common.error.InvalidInputException} naming
     * {@code identifiedThrough.collectiveId} or {@code identifiedThrough.peerLeaderId} otherwise.
     */
    IdentifiedThrough resolve(IdentifiedThrough given, long districtId);
}
