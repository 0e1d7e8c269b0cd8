package org.survivorvoice.survivor;

/**
 * Fired, inside the transaction, when a survivor's consent changes, so pending outreach can stop
 * before its next send (which checks consent again anyway).
 */
public record ConsentChanged(long survivorId) {}
