package org.survivorvoice.outreach.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.outreach.invitation.Invitation;

/**
 * One logical outbound message or call, unique by its idempotency key: of an invitation, or of an
 * {@link OutboxPurpose} through its subject. Never holds the phone; {@code preview} is the text
 * with any link token masked.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends BaseEntity {

    /** SMS or voice call. */
    @Schema(name = "OutboxChannel")
    public enum Channel {
        /** A text message. */
        SMS,
        /** An outbound call. */
        VOICE
    }

    /** Why the message exists. */
    @Schema(name = "OutboxKind")
    public enum Kind {
        /** The first contact of an invitation. */
        INVITATION,
        /** A reminder of an unanswered invitation. */
        REMINDER,
        /**
         * A follow-up of a response marked done ("has it got better?"); see {@link OutboxPurpose}.
         */
        FOLLOW_UP,
        /** A quarter's results back to a survivor; see {@link OutboxPurpose}. */
        RESULTS;

        /**
         * Whether messages of this kind belong to an invitation (else to an {@link OutboxPurpose}).
         */
        public boolean ofInvitation() {
            return this == INVITATION || this == REMINDER;
        }
    }

    @Column(name = "idempotency_key", nullable = false, length = 80)
    public String idempotencyKey;

    /** The invitation of an INVITATION or REMINDER; null for a purpose's message. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    public Invitation invitation;

    /** The id of the row an {@link OutboxPurpose} owns (e.g. a follow-up); null for invitations. */
    @Column(name = "subject_id")
    public Long subjectId;

    /** The recipient, shown to admins only as this id. */
    @Column(name = "survivor_id", nullable = false)
    public Long survivorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Kind kind;

    @Column(name = "template_key", nullable = false, length = 60)
    public String templateKey;

    @Column(nullable = false, length = 2)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public OutboxStatus status;

    /** Gateway attempts made so far (counted before each attempt, so a crash still counts). */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    /** Twilio's MessageSid or CallSid, or the gateway's reference. */
    @Column(name = "provider_message_id", length = 64)
    public String providerMessageId;

    /** Which sender made the last attempt (log, twilio, http-gateway). */
    @Column(length = 20)
    public String sender;

    @Column(length = 500)
    public String preview;

    /** A short code of the last failure (e.g. HTTP_429, TIMEOUT), never a gateway's message. */
    @Column(name = "last_error", length = 60)
    public String lastError;

    /**
     * Start of the oldest attempt whose outcome is unknown (a timeout: the gateway may have
     * accepted it); the next attempt looks the message up before sending. Null otherwise.
     */
    @Column(name = "unknown_outcome_since")
    public Instant unknownOutcomeSince;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    /** The message with this idempotency key, or null. */
    public static OutboxMessage findByKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }

    /** Gives up the dispatcher's lease. */
    void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** Moves to a new state. */
    void moveTo(OutboxStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + kind + ", " + status + "]";
    }
}
