package org.survivorvoice.collective;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of a membership: the day she left (today when left out). */
public record MembershipEnd(@Schema(nullable = true) LocalDate leftOn) {}
