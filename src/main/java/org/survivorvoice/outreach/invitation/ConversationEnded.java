package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/**
 * Fired (synchronously, inside the transaction that ended it) when an SMS conversation's reply
 * window ran out, so that the SMS intake can keep what she answered as a rating.
 */
public record ConversationEnded(long conversationId, Instant at) {}
