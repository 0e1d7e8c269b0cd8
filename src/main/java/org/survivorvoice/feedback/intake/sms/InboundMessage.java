package org.survivorvoice.feedback.intake.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.persistence.BaseEntity;

/**
 * One inbound SMS as it arrived: gateway and message id (unique), the sender's blind index, the
 * body as ciphertext while unhandled, then what was done and replied.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage extends BaseEntity {

    /** {@code twilio} or {@code gateway:<name>}. */
    @Column(nullable = false, length = 60)
    public String gateway;

    /** The gateway's message id ({@code MessageSid} for Twilio). */
    @Column(name = "external_id", nullable = false, length = 80)
    public String externalId;

    /** Blind index of the sender; null when the sender is not a phone number. */
    @Column(name = "phone_index", length = 32)
    public byte[] phoneIndex;

    /** The body sealed by {@link InboundBodySeal}; null once the message is handled. */
    @Column(name = "body_ciphertext", length = 8192)
    public byte[] bodyCiphertext;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public InboundStatus status;

    /** The kind of command it was read as (e.g. Rate, Stop); never content. */
    @Column(length = 40)
    public String command;

    /** The reply sent; null when none was. */
    @Column(name = "reply_text", length = 1600)
    public String replyText;

    /** The rating it created, if any. */
    @Column(name = "rating_id")
    public Long ratingId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    /** The message, locked for update until the transaction ends. */
    public static Optional<InboundMessage> lock(String gateway, String externalId) {
        return find("gateway = ?1 and externalId = ?2", gateway, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Ids of messages still RECEIVED that arrived before the instant, oldest first: stored, but
     * left unhandled by a webhook that failed or a process that died.
     */
    @SuppressWarnings("unchecked")
    public static List<Long> waitingBefore(Instant before, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT id FROM inbound_message WHERE status = 'RECEIVED' AND received_at"
                                + " < ?1 ORDER BY id LIMIT ?2",
                        Long.class)
                .setParameter(1, before)
                .setParameter(2, limit)
                .getResultList();
    }

    /**
     * The message, locked until the transaction ends, if it is still RECEIVED and no other
     * transaction holds it ({@code SKIP LOCKED}: a webhook or another replica handling it now is
     * passed over, not waited for).
     */
    public static Optional<InboundMessage> claimWaiting(long id) {
        List<?> ids =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT id FROM inbound_message WHERE id = ?1 AND status ="
                                        + " 'RECEIVED' FOR UPDATE SKIP LOCKED")
                        .setParameter(1, id)
                        .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(findById(id));
    }

    @Override
    public String toString() {
        return "InboundMessage[id=" + id + ", gateway=" + gateway + ", status=" + status + "]";
    }
}
