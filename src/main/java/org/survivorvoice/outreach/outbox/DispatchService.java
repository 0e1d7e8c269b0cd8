package org.survivorvoice.outreach.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.invitation.CallRequest;
import org.survivorvoice.outreach.invitation.CallRequestService;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ConversationService;
import org.survivorvoice.outreach.invitation.Invitation;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationService;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.outreach.invitation.InvitationTokenService;
import org.survivorvoice.outreach.sender.OutboundMessage;
import org.survivorvoice.outreach.sender.OutboundSender;
import org.survivorvoice.outreach.sender.SendResult;
import org.survivorvoice.outreach.template.OutreachTemplates;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;

/**
 * The transactions around one send: {@link #prepare} re-checks consent, do-not-contact and safe
 * hours (for a message of an {@link OutboxPurpose}, through the purpose) and builds the message
 * (committing the attempt before the gateway is called, so a crash mid-send still counts it, and
 * marking its outcome unknown until {@link #complete} records it, so that the next attempt asks the
 * gateway first: SAFETY F4); {@link #complete} records what the gateway said. The gateway call
 * itself happens between them, outside any transaction.
 */
@ApplicationScoped
public class DispatchService {

    /**
     * A message ready for the gateway; lives only in memory.
     *
     * @param startedAt when this attempt began
     * @param unknownOutcomeSince when an earlier attempt whose answer was lost began (the gateway
     *     is asked about it before this one is sent); null when there is none
     */
    public record Attempt(
            OutboundMessage message,
            Long callRequestId,
            Instant startedAt,
            Instant unknownOutcomeSince) {}

    private final InvitationService invitations;
    private final InvitationTokenService tokens;
    private final ConversationService conversations;
    private final CallRequestService callRequests;
    private final OutreachTemplates templates;
    private final PhoneVault vault;
    private final OutboundSender sender;
    private final OutreachConfig config;
    private final SurvivorVoiceConfig application;
    private final ProgrammeCalendar calendar;
    private final PurposeDispatch purposes;
    private final Backoff backoff;
    private final SecureRandom random = new SecureRandom();

    public DispatchService(
            InvitationService invitations,
            InvitationTokenService tokens,
            ConversationService conversations,
            CallRequestService callRequests,
            OutreachTemplates templates,
            PhoneVault vault,
            OutboundSender sender,
            OutreachConfig config,
            SurvivorVoiceConfig application,
            ProgrammeCalendar calendar,
            PurposeDispatch purposes) {
        this.calendar = calendar;
        this.purposes = purposes;
        this.invitations = invitations;
        this.tokens = tokens;
        this.conversations = conversations;
        this.callRequests = callRequests;
        this.templates = templates;
        this.vault = vault;
        this.sender = sender;
        this.config = config;
        this.application = application;
        this.backoff = new Backoff(config.dispatch().firstRetry(), config.dispatch().jitter());
    }

    /**
     * Decides whether the claimed message may go now and, if so, builds it. Returns null when it
     * waits (outside safe hours) or stops (no consent, do-not-contact, expired...), having recorded
     * why. Throws when consent or do-not-contact cannot be read: nothing may be sent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt prepare(long id, String owner, Instant now) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m == null || m.status != OutboxStatus.QUEUED || !owner.equals(m.claimedBy)) {
            return null;
        }
        if (!m.kind.ofInvitation()) {
            return purposeAttempt(m, now);
        }
        Invitation invitation = m.invitation;
        boolean first = m.kind == OutboxMessage.Kind.INVITATION;
        if (first ? !invitation.isOpen() : invitation.status != InvitationStatus.SENT) {
            m.moveTo(OutboxStatus.CANCELLED, now);
            m.release();
            return null;
        }
        ContactDecision decision = invitations.decide(invitation, now);
        switch (decision.verdict()) {
            case WAIT -> {
                m.nextAttemptAt = decision.waitUntil();
                m.release();
                if (first) {
                    invitation.status = InvitationStatus.WAITING;
                    invitation.reason = decision.reason();
                    invitation.notBefore = decision.waitUntil();
                }
                return null;
            }
            case STOP -> {
                m.moveTo(OutboxStatus.CANCELLED, now);
                m.lastError = decision.reason().name();
                m.release();
                if (first) {
                    invitation.close(statusAfterStop(decision.reason()), decision.reason());
                }
                return null;
            }
            case SEND -> {
                // sent below
            }
        }
        PhoneNumber phone = vault.decrypt(invitation.survivor.phoneCiphertext);
        String text = null;
        Long callRequestId = null;
        switch (invitation.channel) {
            case SMS_LINK -> {
                text = templates.render(m.templateKey, m.language, link(tokens.issue(invitation)));
                m.preview =
                        templates.render(
                                m.templateKey, m.language, link(OutreachTemplates.MASKED_TOKEN));
            }
            case SMS_CONVERSATION -> {
                text = templates.render(m.templateKey, m.language, null);
                m.preview = text;
            }
            case IVR_CALL -> callRequestId = callRequests.prepare(invitation).id;
        }
        m.attempts++;
        m.sender = sender.name();
        OutboundMessage message =
                new OutboundMessage(
                        m.idempotencyKey,
                        invitation.channel == InvitationChannel.IVR_CALL
                                ? OutboundMessage.Kind.CALL
                                : OutboundMessage.Kind.SMS,
                        phone,
                        text,
                        m.templateKey,
                        Optional.ofNullable(config.sms().dltTemplateIds().get(m.templateKey)));
        return attempt(m, message, callRequestId, now);
    }

    private Attempt purposeAttempt(OutboxMessage m, Instant now) {
        OutboundMessage message = purposes.prepare(m, now);
        return message == null ? null : attempt(m, message, null, now);
    }

    private static Attempt attempt(
            OutboxMessage m, OutboundMessage message, Long callRequestId, Instant now) {
        // unknown until complete() records the answer: a crash mid-send leaves it set, so the
        // attempt after the lease runs out looks the message up first
        Instant earlier = m.unknownOutcomeSince;
        if (earlier == null) {
            m.unknownOutcomeSince = now;
        }
        return new Attempt(message, callRequestId, now, earlier);
    }

    /** Records the gateway's answer to an attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(long id, Attempt attempt, SendResult result, Instant now) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (!m.kind.ofInvitation()) {
            completePurpose(m, attempt, result, now);
            return;
        }
        Invitation invitation = m.invitation;
        boolean first = m.kind == OutboxMessage.Kind.INVITATION;
        CallRequest call =
                attempt.callRequestId() == null
                        ? null
                        : CallRequest.findById(attempt.callRequestId());
        m.release();
        m.unknownOutcomeSince = unknownOutcomeSince(attempt, result);
        if (result.outcome() == SendResult.Outcome.ACCEPTED) {
            m.providerMessageId = result.providerMessageId();
            m.sentAt = now;
            m.lastError = null;
            m.moveTo(OutboxStatus.SENT, now);
            invitation.lastSentAt = now;
            if (first) {
                invitation.status = InvitationStatus.SENT;
                invitation.reason = null;
                invitation.sentAt = now;
                invitation.sentPeriod = calendar.quarterOf(now).toString();
            }
            if (invitation.channel == InvitationChannel.SMS_CONVERSATION) {
                conversations.open(invitation, now);
            }
            if (call != null) {
                call.callSid = result.providerMessageId();
                call.state = CallRequest.State.PLACED;
            }
            return;
        }
        if (call != null) {
            call.state = CallRequest.State.FAILED;
        }
        if (!recordFailure(m, result, now) && first) {
            invitation.close(InvitationStatus.CANCELLED, InvitationReason.DELIVERY_FAILED);
        }
    }

    /** The same bookkeeping for a purpose's message, telling the purpose the outcome. */
    private void completePurpose(OutboxMessage m, Attempt attempt, SendResult result, Instant now) {
        m.release();
        m.unknownOutcomeSince = unknownOutcomeSince(attempt, result);
        if (result.outcome() == SendResult.Outcome.ACCEPTED) {
            m.providerMessageId = result.providerMessageId();
            m.sentAt = now;
            m.lastError = null;
            m.moveTo(OutboxStatus.SENT, now);
            purposes.accepted(m, result.providerMessageId(), now);
            return;
        }
        if (!recordFailure(m, result, now)) {
            purposes.failed(m, result.errorCode(), now);
        }
    }

    /**
     * Records a failed attempt: schedules a retry with back-off while attempts remain for a
     * retryable failure (true), else marks the message FAILED (false).
     */
    private boolean recordFailure(OutboxMessage m, SendResult result, Instant now) {
        m.lastError = result.errorCode();
        if (result.outcome() == SendResult.Outcome.RETRYABLE
                && m.attempts < config.dispatch().maxAttempts()) {
            m.nextAttemptAt = now.plus(backoff.after(m.attempts, random.nextDouble()));
            return true;
        }
        m.moveTo(OutboxStatus.FAILED, now);
        return false;
    }

    /** Consent or do-not-contact could not be read: send nothing, look again later. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holdUnreadable(long id, Instant now) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m != null && m.status == OutboxStatus.QUEUED) {
            m.nextAttemptAt = now.plus(config.dispatch().unreadableRetry());
            m.lastError = InvitationReason.CONTACT_DATA_UNREADABLE.name();
            m.release();
        }
    }

    /** Gives a claimed message back untouched (the breaker refused the send). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long id) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m != null) {
            m.release();
        }
    }

    /**
     * What stays unknown after this attempt: its own start when its answer was lost; the earlier
     * attempt's start when the lookup of it failed (nothing was sent); otherwise nothing, since the
     * dispatcher sends only after the lookup found the earlier attempt not accepted.
     */
    private static Instant unknownOutcomeSince(Attempt attempt, SendResult result) {
        if (SendResult.LOOKUP_FAILED.equals(result.errorCode())) {
            return attempt.unknownOutcomeSince();
        }
        return result.outcomeUnknown() ? attempt.startedAt() : null;
    }

    private String link(String token) {
        return application.publicBaseUrl().replaceAll("/+$", "") + "/r/" + token;
    }

    private static InvitationStatus statusAfterStop(InvitationReason reason) {
        return switch (reason) {
            case ALREADY_RATED -> InvitationStatus.ANSWERED;
            case EXPIRED, NO_SAFE_WINDOW -> InvitationStatus.EXPIRED;
            default -> InvitationStatus.CANCELLED;
        };
    }
}
