package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/**
 * Fired, inside the transaction, when an invitation stops before its messages went out (superseded,
 * consent withdrawn, do-not-contact, answered by a rating); the outbox cancels what it still holds
 * queued for it.
 */
public record InvitationStopped(long invitationId, Instant at) {}
