package org.survivorvoice.outreach.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.survivorvoice.encounter.EncounterRatings;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.invitation.ConversationService;
import org.survivorvoice.outreach.invitation.Invitation;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;

/**
 * Ends invitations whose validity ran out, expires SMS conversations, and queues the configured
 * reminder of invitations sent but unanswered. A rating closes its encounter's invitations at once
 * ({@code InvitationService} observes it); one stored while its invitation was being created left
 * that invitation open, so the sweep still marks an invitation of a rated encounter answered rather
 * than expire or remind it.
 */
@ApplicationScoped
public class OutreachSweepService {

    /** Invitations handled per kind of work and run; the rest wait for the next run. */
    static final int BATCH = 500;

    /** What one sweep did. */
    public record SweepRun(int expired, int answered, int reminders, int conversationsExpired) {}

    private final OutboxService outbox;
    private final ConversationService conversations;
    private final EncounterRatings ratings;
    private final OutreachConfig config;

    public OutreachSweepService(
            OutboxService outbox,
            ConversationService conversations,
            EncounterRatings ratings,
            OutreachConfig config) {
        this.outbox = outbox;
        this.conversations = conversations;
        this.ratings = ratings;
        this.config = config;
    }

    /** One sweep at {@code now}. */
    @Transactional
    public SweepRun run(Instant now) {
        int expired = 0, answered = 0, reminders = 0;
        List<Invitation> ended =
                Invitation.<Invitation>find(
                                "status in ?1 and expiresAt <= ?2", InvitationStatus.OPEN, now)
                        .page(0, BATCH)
                        .list();
        for (Invitation invitation : ended) {
            outbox.cancelQueued(invitation.id, now);
            if (rated(invitation)) {
                invitation.close(InvitationStatus.ANSWERED, null);
                answered++;
            } else {
                invitation.close(InvitationStatus.EXPIRED, InvitationReason.EXPIRED);
                expired++;
            }
        }
        int conversationsExpired = conversations.expire(now);
        if (config.reminders() > 0) {
            List<Invitation> due =
                    Invitation.<Invitation>find(
                                    "status = ?1 and remindersSent < ?2 and lastSentAt <= ?3"
                                            + " and expiresAt > ?4",
                                    InvitationStatus.SENT,
                                    config.reminders(),
                                    now.minus(config.reminderAfter()),
                                    now)
                            .page(0, BATCH)
                            .list();
            for (Invitation invitation : due) {
                if (rated(invitation)) {
                    invitation.close(InvitationStatus.ANSWERED, null);
                    answered++;
                    continue;
                }
                invitation.remindersSent++;
                outbox.enqueue(
                        invitation, OutboxMessage.Kind.REMINDER, invitation.remindersSent, now);
                reminders++;
            }
        }
        return new SweepRun(expired, answered, reminders, conversationsExpired);
    }

    private boolean rated(Invitation invitation) {
        return ratings.isRated(invitation.encounter);
    }
}
