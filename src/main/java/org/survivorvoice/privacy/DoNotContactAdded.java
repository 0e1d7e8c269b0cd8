package org.survivorvoice.privacy;

import java.util.List;

/**
 * Fired, inside the transaction, when a phone joins the do-not-contact registry, so pending
 * outreach to it stops before its next send (which checks the registry again anyway).
 *
 * @param phoneIndexes every index rows may hold for the phone: the current one first, then during a
 *     key rotation the previous one ({@link PhoneVault#lookupIndexes}); never empty
 */
public record DoNotContactAdded(List<byte[]> phoneIndexes) {}
