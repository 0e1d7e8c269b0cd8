package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/**
 * Fired, inside the transaction, when an invitation is to go out at {@code at} (now, or the start
 * of her next safe window); the outbox queues its first message. Invitations decide, the outbox
 * delivers: this keeps the invitation package free of the outbox, which depends on invitations.
 */
public record InvitationQueued(Invitation invitation, Instant at) {}
