package org.survivorvoice.feedback.intake.twilio;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.survivorvoice.feedback.intake.ivr.IvrService;
import org.survivorvoice.outreach.outbox.OutboxService;
import org.survivorvoice.outreach.outbox.OutboxStatus;

/**
 * Twilio's status callbacks of the messages and calls the outbox sent: each status is applied
 * through {@link OutboxService#applyStatus}, which only moves forward, so callbacks arriving late,
 * twice or out of order leave the furthest state. A call that ended also ends its IVR flow, keeping
 * the answers of a caller who hung up mid-survey. Unknown ids change nothing.
 *
 * <p>Twilio does not retry a status callback, whatever the answer, and a later callback still moves
 * the state on; so a failure here is logged and the webhook answers as usual.
 */
@ApplicationScoped
public class StatusCallbacks {

    /** Twilio call statuses after which the call is over. */
    private static final Set<String> CALL_OVER =
            Set.of("completed", "busy", "no-answer", "failed", "canceled");

    /** Longest id taken; Twilio's are 34 characters. */
    private static final int MAX_SID = 64;

    private final OutboxService outbox;
    private final IvrService ivr;
    private final Clock clock;

    public StatusCallbacks(OutboxService outbox, IvrService ivr, Clock clock) {
        this.outbox = outbox;
        this.ivr = ivr;
        this.clock = clock;
    }

    /** A {@code MessageStatus} callback of an outbound SMS. */
    public void messageStatus(String messageSid, String status) {
        if (valid(messageSid)) {
            safely("message", messageSid, () -> apply(messageSid, status));
        }
    }

    /**
     * A {@code CallStatus} callback: of a call the outbox placed, or of an incoming call when the
     * number's status callback points here too. {@code from} is the caller Twilio names, handed on
     * only with the rating of an incoming call from a phone no enrolled survivor has.
     */
    public void callStatus(String callSid, String status, String from) {
        if (!valid(callSid)) {
            return;
        }
        safely(
                "call",
                callSid,
                () -> {
                    apply(callSid, status);
                    if (status != null
                            && CALL_OVER.contains(status.strip().toLowerCase(Locale.ROOT))) {
                        ivr.ended(callSid, from);
                    }
                });
    }

    private void apply(String sid, String twilioStatus) {
        OutboxStatus status = OutboxStatus.fromTwilio(twilioStatus);
        if (status != null && outbox.applyStatus(sid, status, clock.instant())) {
            Log.debugf("Outbound %s now %s", sid, status);
        }
    }

    private static void safely(String kind, String sid, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            Log.errorf("Status of %s %s not applied (%s)", kind, sid, e.getClass().getName());
        }
    }

    private static boolean valid(String sid) {
        return sid != null && !sid.isBlank() && sid.length() <= MAX_SID;
    }
}
