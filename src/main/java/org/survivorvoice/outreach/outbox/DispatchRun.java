package org.survivorvoice.outreach.outbox;

/**
 * What one dispatcher run did: messages sent, scheduled for a retry, failed for good, deferred
 * (waiting for a safe window or stopped by the contact rules), held because consent could not be
 * read, and left alone because the breaker was open.
 */
public record DispatchRun(
        int sent, int retrying, int failed, int deferred, int held, int refusedByBreaker) {}
