package org.survivorvoice.outreach.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Outbound calls (of invitations and of follow-ups), found by the voice webhooks through Twilio's
 * CallSid.
 */
@ApplicationScoped
public class CallRequestService {

    /** The call Twilio placed under this CallSid. */
    @Transactional
    public Optional<PlacedCall> findByCallSid(String callSid) {
        if (callSid == null || callSid.isBlank() || callSid.length() > 64) {
            return Optional.empty();
        }
        CallRequest c = CallRequest.find("callSid", callSid).firstResult();
        return Optional.ofNullable(c)
                .map(
                        x ->
                                new PlacedCall(
                                        x.id,
                                        x.invitation == null ? null : x.invitation.id,
                                        x.encounter == null ? null : x.encounter.id,
                                        x.followUpId,
                                        x.survivor.id,
                                        x.language));
    }

    /** A call about to be placed for the invitation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallRequest prepare(Invitation invitation) {
        CallRequest c = new CallRequest();
        c.invitation = invitation;
        c.encounter = invitation.encounter;
        c.survivor = invitation.survivor;
        c.language = invitation.language;
        c.state = CallRequest.State.PLACING;
        c.persist();
        return c;
    }
}
