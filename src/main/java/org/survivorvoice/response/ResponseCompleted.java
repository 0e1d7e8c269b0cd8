package org.survivorvoice.response;

import java.time.Instant;

/**
 * A response was marked DONE, in the transaction that marked it: outreach asks the survivors who
 * rated the provider in the response's window whether it got better.
 *
 * @param responseId the response
 * @param providerId its provider
 * @param period the quarter whose results it answers, as {@code 2026-Q3}
 * @param at when it was marked done
 */
public record ResponseCompleted(long responseId, long providerId, String period, Instant at) {}
