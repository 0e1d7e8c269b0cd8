package org.survivorvoice.outreach.followup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.survivorvoice.outreach.invitation.CallRequest;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ContactFacts;
import org.survivorvoice.outreach.invitation.ContactGate;
import org.survivorvoice.outreach.invitation.ConversationService;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxPurpose;
import org.survivorvoice.outreach.template.OutreachTemplates;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.survivor.Survivor;

/**
 * The follow-up of a response as an outbox purpose (subject: the follow-up's id). At every send it
 * reads her consent to the follow-up's channel and to her ratings being used, do-not-contact,
 * enrolment and safe hours again and lets {@link ContactGate} decide; an SMS carries the neutral
 * question (no provider name: the template takes no placeholder), a call asks for her PIN first.
 * Once sent, an SMS opens a conversation keyed to the follow-up, a call is found by its CallSid.
 */
@ApplicationScoped
public class FollowUpPurpose implements OutboxPurpose {

    private final DoNotContactService doNotContact;
    private final OutreachTemplates templates;
    private final ConversationService conversations;

    public FollowUpPurpose(
            DoNotContactService doNotContact,
            OutreachTemplates templates,
            ConversationService conversations) {
        this.doNotContact = doNotContact;
        this.templates = templates;
        this.conversations = conversations;
    }

    @Override
    public OutboxMessage.Kind kind() {
        return OutboxMessage.Kind.FOLLOW_UP;
    }

    @Override
    public ContactDecision decide(long followUpId, Instant now) {
        FollowUp f = FollowUp.findById(followUpId);
        if (f == null || !f.isPending()) {
            return new ContactDecision(
                    ContactDecision.Verdict.STOP,
                    null,
                    f == null || f.reason == null ? InvitationReason.EXPIRED : f.reason);
        }
        return decide(f, now);
    }

    /** The gates for this follow-up now; throws when consent or do-not-contact cannot be read. */
    ContactDecision decide(FollowUp f, Instant now) {
        Survivor s = f.survivor;
        return ContactGate.decide(
                ContactFacts.forPurpose(
                        s,
                        FollowUpService.consents(s, f.channel),
                        s.consentReporting,
                        doNotContact.containsStored(s.phoneCiphertext, s.phoneIndex),
                        f.expiresAt),
                now);
    }

    @Override
    public Content compose(long followUpId, OutboxMessage message, Instant now) {
        FollowUp f = FollowUp.findById(followUpId);
        if (f.channel == FollowUpChannel.IVR_CALL) {
            // a call of an earlier attempt that got no answer was never placed
            CallRequest.update(
                    "state = ?1 where followUpId = ?2 and state = ?3",
                    CallRequest.State.FAILED,
                    f.id,
                    CallRequest.State.PLACING);
            CallRequest call = new CallRequest();
            call.followUpId = f.id;
            call.survivor = f.survivor;
            call.language = f.language;
            call.state = CallRequest.State.PLACING;
            call.persist();
            return Content.call();
        }
        return Content.sms(templates.render(message.templateKey, f.language, null));
    }

    @Override
    public void waiting(long followUpId, ContactDecision decision, Instant now) {
        FollowUp f = FollowUp.findById(followUpId);
        f.status = FollowUpStatus.WAITING;
        f.reason = decision.reason();
        f.notBefore = decision.waitUntil();
    }

    @Override
    public void stopped(long followUpId, ContactDecision decision, Instant now) {
        FollowUp f = FollowUp.findById(followUpId);
        if (f.isPending()) {
            InvitationReason reason = decision.reason();
            f.status =
                    reason == InvitationReason.EXPIRED || reason == InvitationReason.NO_SAFE_WINDOW
                            ? FollowUpStatus.EXPIRED
                            : FollowUpStatus.CANCELLED;
            f.reason = reason;
        }
    }

    @Override
    public void accepted(long followUpId, String providerMessageId, Instant now) {
        FollowUp f = FollowUp.findById(followUpId);
        f.status = FollowUpStatus.SENT;
        f.reason = null;
        f.sentAt = now;
        if (f.channel == FollowUpChannel.IVR_CALL) {
            CallRequest call = placing(f.id);
            if (call != null) {
                call.callSid = providerMessageId;
                call.state = CallRequest.State.PLACED;
            }
        } else {
            conversations.openForFollowUp(f.id, f.survivor, f.language, now);
        }
    }

    @Override
    public void failed(long followUpId, String errorCode, Instant now) {
        FollowUp f = FollowUp.findById(followUpId);
        f.status = FollowUpStatus.CANCELLED;
        f.reason = InvitationReason.DELIVERY_FAILED;
        CallRequest call = placing(f.id);
        if (call != null) {
            call.state = CallRequest.State.FAILED;
        }
    }

    private static CallRequest placing(long followUpId) {
        return CallRequest.find(
                        "followUpId = ?1 and state = ?2 order by id desc",
                        followUpId,
                        CallRequest.State.PLACING)
                .firstResult();
    }
}
