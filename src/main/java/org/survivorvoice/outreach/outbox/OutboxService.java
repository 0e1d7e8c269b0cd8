package org.survivorvoice.outreach.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.outreach.invitation.Invitation;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationQueued;
import org.survivorvoice.outreach.invitation.InvitationStopped;

/**
 * The outbox of outbound messages: enqueued in the transaction that decides to contact her (an
 * invitation's first message when {@link InvitationQueued} is fired, reminders by the sweep, an
 * {@link OutboxPurpose}'s message through {@link #enqueue(NewOutboxMessage, Instant)}), sent later
 * by {@link OutboxDispatcher}, updated by delivery callbacks through {@link #applyStatus}. What an
 * invitation still has queued is cancelled when it stops ({@link InvitationStopped}).
 */
@ApplicationScoped
public class OutboxService {

    private final EntityManager em;

    public OutboxService(EntityManager em) {
        this.em = em;
    }

    /**
     * Queues a message of the invitation to go out at {@code at}; a message with the same
     * idempotency key (invitation, kind, sequence) is returned instead of queued twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(
            Invitation invitation, OutboxMessage.Kind kind, int sequence, Instant at) {
        String key =
                "invitation-" + invitation.id + "-" + kind.name().toLowerCase() + "-" + sequence;
        OutboxMessage existing = OutboxMessage.findByKey(key);
        if (existing != null) {
            return existing;
        }
        OutboxMessage m = new OutboxMessage();
        m.idempotencyKey = key;
        m.invitation = invitation;
        m.survivorId = invitation.survivor.id;
        m.channel =
                invitation.channel == InvitationChannel.IVR_CALL
                        ? OutboxMessage.Channel.VOICE
                        : OutboxMessage.Channel.SMS;
        m.kind = kind;
        m.templateKey = invitation.channel.templateKey(kind == OutboxMessage.Kind.REMINDER);
        m.language = invitation.language;
        m.status = OutboxStatus.QUEUED;
        m.attempts = 0;
        m.nextAttemptAt = at;
        m.statusChangedAt = at;
        m.persist();
        return m;
    }

    /**
     * Queues a message of an {@link OutboxPurpose} to go out at {@code at} (the purpose's {@link
     * OutboxPurpose#decide} is asked again then); a message with the same idempotency key (kind,
     * subject, sequence) is returned instead of queued twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(NewOutboxMessage message, Instant at) {
        String key = message.idempotencyKey();
        OutboxMessage existing = OutboxMessage.findByKey(key);
        if (existing != null) {
            return existing;
        }
        OutboxMessage m = new OutboxMessage();
        m.idempotencyKey = key;
        m.subjectId = message.subjectId();
        m.survivorId = message.survivorId();
        m.channel = message.channel();
        m.kind = message.kind();
        m.templateKey = message.templateKey();
        m.language = message.language();
        m.status = OutboxStatus.QUEUED;
        m.attempts = 0;
        m.nextAttemptAt = at;
        m.statusChangedAt = at;
        m.persist();
        return m;
    }

    /** Cancels the messages of a purpose's subject that have not gone out yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelQueued(OutboxMessage.Kind kind, long subjectId, Instant now) {
        return OutboxMessage.update(
                "status = ?1, statusChangedAt = ?2, updatedAt = ?2, claimedBy = null,"
                        + " claimedUntil = null where kind = ?3 and subjectId = ?4 and status = ?5",
                OutboxStatus.CANCELLED,
                now,
                kind,
                subjectId,
                OutboxStatus.QUEUED);
    }

    /** An invitation is to go out: its first message is queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onQueued(@Observes InvitationQueued event) {
        enqueue(event.invitation(), OutboxMessage.Kind.INVITATION, 1, event.at());
    }

    /** An invitation stopped: what it has queued does not go out. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onStopped(@Observes InvitationStopped event) {
        cancelQueued(event.invitationId(), event.at());
    }

    /** Cancels the invitation's messages that have not gone out yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelQueued(long invitationId, Instant now) {
        return OutboxMessage.update(
                "status = ?1, statusChangedAt = ?2, updatedAt = ?2, claimedBy = null,"
                        + " claimedUntil = null where invitation.id = ?3 and status = ?4",
                OutboxStatus.CANCELLED,
                now,
                invitationId,
                OutboxStatus.QUEUED);
    }

    /**
     * Claims up to {@code limit} due messages for one dispatcher instance, in a transaction of its
     * own. {@code FOR UPDATE SKIP LOCKED} (MySQL 8, MariaDB 10.6+) lets concurrent instances claim
     * disjoint rows without waiting; the lease keeps a row away from the others until it expires,
     * which also recovers rows of an instance that died mid-send.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claimDue(Instant now, int limit, String owner, Duration lease) {
        Query due =
                em.createNativeQuery(
                                "SELECT id FROM outbox_message WHERE status = 'QUEUED'"
                                        + " AND next_attempt_at <= ?1"
                                        + " AND (claimed_until IS NULL OR claimed_until <= ?1)"
                                        + " ORDER BY next_attempt_at, id LIMIT ?2"
                                        + " FOR UPDATE SKIP LOCKED")
                        .setParameter(1, now)
                        .setParameter(2, limit);
        List<Long> ids = NativeRow.longs(due);
        if (!ids.isEmpty()) {
            em.createQuery(
                            "update OutboxMessage set claimedBy = :owner, claimedUntil = :until"
                                    + " where id in :ids")
                    .setParameter("owner", owner)
                    .setParameter("until", now.plus(lease))
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }

    /**
     * Applies a delivery status reported by the gateway (Twilio status callbacks), forward only: a
     * move backwards (DELIVERED then SENT, or a repeat) changes nothing, so callbacks may arrive in
     * any order. One conditional UPDATE, so concurrent callbacks cannot interleave.
     *
     * @return true when the message moved
     */
    /** Whether an outbox message already records this gateway id as its own. */
    @Transactional
    public boolean recordsProviderId(String providerMessageId) {
        return OutboxMessage.count("providerMessageId", providerMessageId) > 0;
    }

    @Transactional
    public boolean applyStatus(String providerMessageId, OutboxStatus status, Instant now) {
        if (providerMessageId == null || status == null || status.reachableFrom().isEmpty()) {
            return false;
        }
        return OutboxMessage.update(
                        "status = ?1, statusChangedAt = ?2, updatedAt = ?2"
                                + " where providerMessageId = ?3 and status in ?4",
                        status,
                        now,
                        providerMessageId,
                        status.reachableFrom())
                > 0;
    }

    /** Outbound messages newest first, optionally of one status. */
    @Transactional
    public PageResult<OutboxItem> list(OutboxStatus status, PageRequest page) {
        var query =
                status == null
                        ? OutboxMessage.<OutboxMessage>find("order by id desc")
                        : OutboxMessage.<OutboxMessage>find("status = ?1 order by id desc", status);
        List<OutboxItem> items =
                query.page(page.page(), page.size()).list().stream().map(OutboxItem::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }
}
