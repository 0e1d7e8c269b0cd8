package org.survivorvoice.outreach.outbox;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.sender.OutboundSender;
import org.survivorvoice.outreach.sender.SendResult;

/**
 * Sends due outbox messages: claims a batch (rows no other instance holds), then for each one
 * re-checks the contact rules, calls the gateway once outside any transaction, and records the
 * answer. Failures of 429, 5xx and timeouts retry with exponential back-off and jitter up to the
 * configured attempts; a circuit breaker stops all sends after consecutive failures. Delivery to
 * the gateway is at most once per acceptance the gateway can be asked about: an attempt whose
 * answer was lost (a timeout) is looked up at the gateway before the next one is sent. Only a crash
 * between the gateway's acceptance and the commit of {@link DispatchService#complete} can still
 * repeat a message, after the claim's lease runs out.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private final OutboxService outbox;
    private final DispatchService steps;
    private final OutboundSender sender;
    private final OutreachConfig config;
    private final CircuitBreaker breaker;
    private final String instance = "dispatcher-" + UUID.randomUUID();

    public OutboxDispatcher(
            OutboxService outbox,
            DispatchService steps,
            OutboundSender sender,
            OutreachConfig config) {
        this.outbox = outbox;
        this.steps = steps;
        this.sender = sender;
        this.config = config;
        this.breaker =
                new CircuitBreaker(config.breaker().failureThreshold(), config.breaker().openFor());
    }

    /** Sends what is due at {@code now}. */
    public DispatchRun dispatchDue(Instant now) {
        if (breaker.refuses(now)) {
            return new DispatchRun(0, 0, 0, 0, 0, 1);
        }
        List<Long> ids =
                outbox.claimDue(
                        now, config.dispatch().batchSize(), instance, config.dispatch().lease());
        int sent = 0, retrying = 0, failed = 0, deferred = 0, held = 0, refused = 0;
        for (long id : ids) {
            if (!breaker.allowsRequest(now)) {
                steps.release(id);
                refused++;
                continue;
            }
            DispatchService.Attempt attempt;
            try {
                attempt = steps.prepare(id, instance, now);
            } catch (RuntimeException e) {
                breaker.release();
                held++;
                Log.warnf(
                        "Outbox message %d not sent: consent or do-not-contact unreadable (%s)",
                        id, e.getClass().getSimpleName());
                hold(id, now);
                continue;
            }
            if (attempt == null) {
                breaker.release();
                deferred++;
                continue;
            }
            SendResult result =
                    attempt.unknownOutcomeSince() == null
                            ? send(id, attempt)
                            : lookUpThenSend(id, attempt);
            if (result.outcome() == SendResult.Outcome.RETRYABLE) {
                breaker.recordFailure(now);
            } else {
                breaker.recordSuccess();
            }
            steps.complete(id, attempt, result, now);
            switch (result.outcome()) {
                case ACCEPTED -> sent++;
                case RETRYABLE -> retrying++;
                case REJECTED -> failed++;
            }
        }
        if (!ids.isEmpty()) {
            Log.infof(
                    "Outbox run: %d sent, %d to retry, %d failed, %d deferred, %d held, %d refused"
                            + " by the breaker (%s)",
                    sent, retrying, failed, deferred, held, refused, breaker.state());
        }
        return new DispatchRun(sent, retrying, failed, deferred, held, refused);
    }

    /** The breaker's state, for tests and health. */
    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /**
     * An earlier attempt's answer was lost: asks the gateway whether it accepted that message and,
     * when it did, records it as sent instead of sending a second copy (SAFETY F4). Ids already
     * recorded for other outbox messages are not this one's. When the gateway cannot be asked,
     * nothing is sent and the attempt is retried later.
     */
    private SendResult lookUpThenSend(long id, DispatchService.Attempt attempt) {
        try {
            for (String found :
                    sender.findAccepted(attempt.message(), attempt.unknownOutcomeSince())) {
                if (!outbox.recordsProviderId(found)) {
                    Log.infof(
                            "Outbox message %d: an earlier attempt was accepted as %s; not sent"
                                    + " again",
                            id, found);
                    return SendResult.accepted(found);
                }
            }
        } catch (RuntimeException e) {
            Log.warnf(
                    "Outbox message %d not sent: the earlier attempt could not be looked up (%s)",
                    id, e.getClass().getSimpleName());
            return SendResult.retryable(SendResult.LOOKUP_FAILED);
        }
        return send(id, attempt);
    }

    private SendResult send(long id, DispatchService.Attempt attempt) {
        try {
            SendResult result = sender.send(attempt.message());
            if (result.outcome() != SendResult.Outcome.ACCEPTED) {
                Log.infof("Outbox message %d attempt failed: %s", id, result.errorCode());
            }
            return result;
        } catch (RuntimeException e) {
            Log.errorf(
                    "Sender %s threw on outbox message %d: %s",
                    sender.name(), id, e.getClass().getName());
            return SendResult.retryable("SENDER_ERROR");
        }
    }

    private void hold(long id, Instant now) {
        try {
            steps.holdUnreadable(id, now);
        } catch (RuntimeException e) {
            // the database is still failing: the claim's lease runs out and a later run retries
            Log.warnf("Outbox message %d left to its lease (%s)", id, e.getClass().getSimpleName());
        }
    }
}
