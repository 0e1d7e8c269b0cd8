package org.survivorvoice.survivor;

/** Answer to an enrolment: only the pseudonymous id. */
public record EnrolledSurvivor(Long id) {}
