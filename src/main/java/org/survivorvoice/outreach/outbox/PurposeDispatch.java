package org.survivorvoice.outreach.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Optional;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.sender.OutboundMessage;
import org.survivorvoice.outreach.sender.OutboundSender;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.survivor.Survivor;

/**
 * The purpose side of {@link DispatchService}: prepares and completes a message of an {@link
 * OutboxPurpose} inside the dispatcher's transactions, asking the purpose of the message's kind to
 * decide, compose and hear the outcome. The send itself, retries, breaker and look-up stay the
 * dispatcher's, the same as for invitations.
 */
@ApplicationScoped
class PurposeDispatch {

    private final Instance<OutboxPurpose> purposes;
    private final PhoneVault vault;
    private final OutboundSender sender;
    private final OutreachConfig config;

    PurposeDispatch(
            Instance<OutboxPurpose> purposes,
            PhoneVault vault,
            OutboundSender sender,
            OutreachConfig config) {
        this.purposes = purposes;
        this.vault = vault;
        this.sender = sender;
        this.config = config;
    }

    /**
     * The message to send now, or null when it waits or stopped (recorded on the message and told
     * to the purpose). Throws when the purpose cannot read consent or do-not-contact.
     */
    OutboundMessage prepare(OutboxMessage m, Instant now) {
        Optional<OutboxPurpose> purpose = purposeOf(m.kind);
        if (purpose.isEmpty()) {
            m.moveTo(OutboxStatus.CANCELLED, now);
            m.lastError = "NO_PURPOSE";
            m.release();
            return null;
        }
        OutboxPurpose p = purpose.get();
        ContactDecision decision = p.decide(m.subjectId, now);
        Survivor survivor = Survivor.findById(m.survivorId);
        if (decision.isSend() && (survivor == null || survivor.phoneCiphertext == null)) {
            decision =
                    new ContactDecision(
                            ContactDecision.Verdict.STOP, null, InvitationReason.NOT_ENROLLED);
        }
        switch (decision.verdict()) {
            case WAIT -> {
                m.nextAttemptAt = decision.waitUntil();
                m.release();
                p.waiting(m.subjectId, decision, now);
                return null;
            }
            case STOP -> {
                m.moveTo(OutboxStatus.CANCELLED, now);
                m.lastError = decision.reason().name();
                m.release();
                p.stopped(m.subjectId, decision, now);
                return null;
            }
            case SEND -> {
                // composed below
            }
        }
        OutboxPurpose.Content content = p.compose(m.subjectId, m, now);
        PhoneNumber phone = vault.decrypt(survivor.phoneCiphertext);
        m.preview = content.preview();
        m.attempts++;
        m.sender = sender.name();
        return new OutboundMessage(
                m.idempotencyKey,
                content.kind(),
                phone,
                content.text(),
                m.templateKey,
                Optional.ofNullable(config.sms().dltTemplateIds().get(m.templateKey)));
    }

    /** The gateway accepted the message. */
    void accepted(OutboxMessage m, String providerMessageId, Instant now) {
        purposeOf(m.kind).ifPresent(p -> p.accepted(m.subjectId, providerMessageId, now));
    }

    /** The message failed for good. */
    void failed(OutboxMessage m, String errorCode, Instant now) {
        purposeOf(m.kind).ifPresent(p -> p.failed(m.subjectId, errorCode, now));
    }

    private Optional<OutboxPurpose> purposeOf(OutboxMessage.Kind kind) {
        return purposes.stream().filter(p -> p.kind() == kind).findFirst();
    }
}
