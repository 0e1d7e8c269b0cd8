package org.survivorvoice.safetydesk;

import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a field worker must read before she calls: whether the survivor agreed to calls, her safe
 * hours and whether now is inside them, and whether a number is known at all. Shown before the
 * number is revealed; holds no number.
 *
 * @param enrolled whether an enrolled survivor is known (else only the phone the message came from)
 * @param askedForCall she asked to be called back (HELP ME, or 0 on a call)
 * @param callsAllowed her consent to calls; null when she is not enrolled
 * @param safeFrom start of her safe hours, or null when she is not enrolled
 * @param safeTo end of her safe hours, or null
 * @param timeZone the zone of her safe hours, or null
 * @param insideSafeHoursNow whether now is inside them; null when unknown
 * @param doNotContact her phone is on the do-not-contact registry
 * @param numberKnown whether a number can be revealed
 * @param language her language (en, hi, bn, te)
 */
public record CallConsent(
        boolean enrolled,
        boolean askedForCall,
        @Schema(nullable = true) Boolean callsAllowed,
        @Schema(nullable = true) LocalTime safeFrom,
        @Schema(nullable = true) LocalTime safeTo,
        @Schema(nullable = true) String timeZone,
        @Schema(nullable = true) Boolean insideSafeHoursNow,
        boolean doNotContact,
        boolean numberKnown,
        String language) {}
