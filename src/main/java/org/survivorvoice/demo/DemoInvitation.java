package org.survivorvoice.demo;

import java.time.Instant;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;

/**
 * The invitation to rate one demo encounter, as the outreach module leaves it by the day the
 * programme is seen from: occasion LOGGED, made when the encounter was logged.
 *
 * @param encounterIndex running number of the encounter it invites her to rate
 * @param survivorIndex position of the survivor invited
 * @param providerIndex position of the provider of the encounter
 * @param channel how she is invited, or null when she consented to no channel
 * @param status where it stands
 * @param reason why it was skipped, stopped or closed without her answer, else null
 * @param language her preferred language
 * @param createdAt when the encounter was logged and the invitation made
 * @param expiresAt end of its validity
 * @param sentAt when the first message or call went out, or null when it never did
 * @param sentPeriod quarter of {@code sentAt} in the programme's time zone, or null
 * @param remindersSent reminders sent
 * @param lastSentAt when the last message or call went out, or null
 * @param updatedAt when its status last changed
 */
public record DemoInvitation(
        long encounterIndex,
        int survivorIndex,
        int providerIndex,
        InvitationChannel channel,
        InvitationStatus status,
        InvitationReason reason,
        String language,
        Instant createdAt,
        Instant expiresAt,
        Instant sentAt,
        String sentPeriod,
        int remindersSent,
        Instant lastSentAt,
        Instant updatedAt) {

    /** Whether it went out, so that it counts in the response rate. */
    public boolean sent() {
        return sentAt != null;
    }
}
