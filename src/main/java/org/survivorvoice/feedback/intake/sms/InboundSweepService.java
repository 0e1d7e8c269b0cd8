package org.survivorvoice.feedback.intake.sms;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.util.List;

/**
 * Handles the inbound messages that were stored but never handled (SAFETY F2): a webhook that
 * answered 503 because the database went away between storing and handling, and that Twilio did not
 * retry, or a process killed in between. Only messages older than {@link SmsConfig#sweepAfter()}
 * are taken, so that a webhook still running or a retry Twilio is about to send goes first; each
 * message is claimed and handled by {@link InboundSmsService#handleWaiting}, so it is acted on
 * exactly once whoever gets there first.
 */
@ApplicationScoped
public class InboundSweepService {

    /** What one run did: messages handled, and whether the database failed it midway. */
    public record Run(int handled, boolean interrupted) {}

    private final InboundSmsService inbound;
    private final SmsConfig config;

    public InboundSweepService(InboundSmsService inbound, SmsConfig config) {
        this.inbound = inbound;
        this.config = config;
    }

    /**
     * Handles the messages left waiting as of {@code now}. The request context is activated here
     * because the actions behind a message use request-scoped beans, as in a webhook.
     */
    @ActivateRequestContext
    public Run run(Instant now) {
        List<Long> waiting;
        try {
            waiting =
                    QuarkusTransaction.requiringNew()
                            .call(
                                    () ->
                                            InboundMessage.waitingBefore(
                                                    now.minus(config.sweepAfter()),
                                                    config.sweepBatch()));
        } catch (RuntimeException e) {
            Log.warnf("Inbound sweep skipped: database unavailable (%s)", e.getClass().getName());
            return new Run(0, true);
        }
        int handled = 0;
        for (long id : waiting) {
            try {
                if (inbound.handleWaiting(id)) {
                    handled++;
                }
            } catch (InboundStoreUnavailable e) {
                // the database is away again: the next run takes the rest
                Log.warnf("Inbound sweep stopped at message %d: database unavailable", id);
                return new Run(handled, true);
            }
        }
        if (handled > 0) {
            Log.infof("Inbound sweep handled %d stored message(s) left RECEIVED", handled);
        }
        return new Run(handled, false);
    }
}
