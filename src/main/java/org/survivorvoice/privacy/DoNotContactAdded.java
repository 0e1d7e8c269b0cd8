package org.survivorvoice.privacy;

/**
 * Fired, inside the transaction, when a phone (blind index) joins the do-not-contact registry, so
 * pending outreach to it stops before its next send (which checks the registry again anyway).
 */
public record DoNotContactAdded(byte[] phoneIndex) {}
