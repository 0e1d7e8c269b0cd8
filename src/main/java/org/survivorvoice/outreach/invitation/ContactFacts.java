package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/**
 * What must be known, at the moment of sending, to decide whether she may be contacted.
 *
 * @param enrolled she is still enrolled in the programme
 * @param channelConsent she consents to the invitation's channel
 * @param reportingConsent she consents to her ratings being used
 * @param doNotContact her phone is on the do-not-contact registry
 * @param alreadyRated the encounter already has a rating
 * @param window her safe hours
 * @param expiresAt when the invitation ends
 */
public record ContactFacts(
        boolean enrolled,
        boolean channelConsent,
        boolean reportingConsent,
        boolean doNotContact,
        boolean alreadyRated,
        SafeWindow window,
        Instant expiresAt) {}
