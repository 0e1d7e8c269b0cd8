package org.survivorvoice.retention;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.privacy.rotation.VaultRotationService;
import org.survivorvoice.safetydesk.CaseRetentionService;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.survivor.SurvivorStatus;

/**
 * The retention purge (SAFETY.md D3). Contact data of a survivor who left the programme goes a
 * configured time after her last open invitation ends (or after she left, if later): her phone
 * ciphertext, blind index and IVR PIN hash; with the last survivor holding a number, its
 * reply-language choice and the blind index inside rater keys go too. The SMS and IVR logs drop the
 * blind index of any number no survivor holds once the row is older than that time, and rating
 * comments go after their own time. The do-not-contact registry keeps its blind indexes: a number
 * that asked not to be contacted stays blocked.
 *
 * <p>Scores and reports do not change: ratings stay, a renamed rater key still counts the same
 * raters, and no figure reads a phone or a comment. Safety cases closed before the comments' time
 * lose their opening text, phone and notes ({@link CaseRetentionService}); their counts stay. Each
 * batch is its own transaction; a run repeated changes nothing more; the run is audited and logged
 * as counts only.
 */
@ApplicationScoped
public class RetentionService {

    private static final List<String> OPEN_INVITATIONS =
            InvitationStatus.OPEN.stream().map(Enum::name).sorted().toList();

    private final RetentionConfig config;
    private final EntityManager em;
    private final AuditService audit;
    private final CaseRetentionService cases;
    private final VaultRotationService rotation;

    public RetentionService(
            RetentionConfig config,
            EntityManager em,
            AuditService audit,
            CaseRetentionService cases,
            VaultRotationService rotation) {
        this.config = config;
        this.em = em;
        this.audit = audit;
        this.cases = cases;
        this.rotation = rotation;
    }

    /** Purges everything due at {@code now}, batch by batch; the counts of what went. */
    public PurgeCounts purge(Instant now) {
        Instant contactCutoff = now.minus(Duration.ofDays(config.contactDays()));
        Instant commentCutoff = now.minus(Duration.ofDays(config.commentDays()));
        PurgeCounts total = PurgeCounts.NONE;
        int inbound = 0;
        int calls = 0;
        int conversations = 0;
        if (inTransaction(rotation::unfinished)) {
            // these steps match rows by blind index, and during a vault key rotation a number's
            // rows may be under two index keys: they would miss her language and rater key, and
            // drop the index of logs whose survivor is already under the new key. They wait until
            // the rotation has finished (deploy/key-rotation.md).
            Log.info("Retention purge: contact data waits for the vault key rotation to end");
        } else {
            PurgeCounts batch;
            do {
                batch = inTransaction(() -> purgeContactBatch(contactCutoff, now));
                total = total.plus(batch);
            } while (batch.survivors() == config.batchSize());
            inbound = repeat(this::forgetInboundSenders, contactCutoff);
            calls = repeat(this::forgetCallers, contactCutoff);
            conversations = repeat(this::forgetConversationPhones, contactCutoff);
        }
        int comments = repeat(this::deleteComments, commentCutoff);
        int caseTexts = repeat(c -> cases.clearClosedTexts(c, config.batchSize()), commentCutoff);
        int caseNotes = repeat(c -> cases.deleteClosedNotes(c, config.batchSize()), commentCutoff);
        total =
                total.plus(
                        new PurgeCounts(
                                0,
                                0,
                                0,
                                inbound,
                                calls,
                                conversations,
                                comments,
                                caseTexts,
                                caseNotes));
        if (!total.isEmpty()) {
            String detail = total.detail();
            inTransaction(
                    () -> {
                        audit.record("RETENTION_PURGE", "retention", null, detail);
                        return null;
                    });
        }
        Log.infof("Retention purge: %s", total.detail());
        return total;
    }

    /** One batch of exited survivors whose contact data is due: theirs, then their numbers'. */
    private PurgeCounts purgeContactBatch(Instant cutoff, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids =
                em.createNativeQuery(
                                "SELECT s.id FROM survivor s WHERE s.status = :exited"
                                        + " AND s.contact_purged_at IS NULL"
                                        + " AND COALESCE(s.exited_at, s.updated_at) <= :cutoff"
                                        + " AND NOT EXISTS (SELECT 1 FROM invitation i"
                                        + " WHERE i.survivor_id = s.id AND CASE"
                                        + " WHEN i.status IN (:open) THEN i.expires_at"
                                        + " ELSE LEAST(i.expires_at, i.updated_at) END > :cutoff)"
                                        + " ORDER BY s.id LIMIT :batch FOR UPDATE")
                        .setParameter("exited", SurvivorStatus.EXITED.name())
                        .setParameter("cutoff", cutoff)
                        .setParameter("open", OPEN_INVITATIONS)
                        .setParameter("batch", config.batchSize())
                        .getResultList();
        if (ids.isEmpty()) {
            return PurgeCounts.NONE;
        }
        List<Long> survivorIds = ids.stream().map(Number::longValue).toList();
        @SuppressWarnings("unchecked")
        List<byte[]> numbers =
                em.createNativeQuery(
                                "SELECT DISTINCT phone_index FROM survivor"
                                        + " WHERE id IN (:ids) AND phone_index IS NOT NULL")
                        .setParameter("ids", survivorIds)
                        .getResultList();
        int survivors =
                em.createNativeQuery(
                                "UPDATE survivor SET phone_ciphertext = NULL, phone_index = NULL,"
                                        + " ivr_pin_hash = NULL, contact_purged_at = :now"
                                        + " WHERE id IN (:ids) AND status = :exited")
                        .setParameter("now", now)
                        .setParameter("ids", survivorIds)
                        .setParameter("exited", SurvivorStatus.EXITED.name())
                        .executeUpdate();
        int languages = 0;
        int raterKeys = 0;
        for (byte[] number : numbers) {
            if (stillHeld(number)) {
                // a shared handset: another survivor's contact data, kept while hers is
                continue;
            }
            languages +=
                    em.createNativeQuery("DELETE FROM sms_phone_language WHERE phone_index = :p")
                            .setParameter("p", number)
                            .executeUpdate();
            raterKeys += renameRaterKey(number);
        }
        return new PurgeCounts(survivors, languages, raterKeys, 0, 0, 0, 0, 0, 0);
    }

    private boolean stillHeld(byte[] number) {
        Number holders =
                (Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM survivor WHERE phone_index = :p")
                                .setParameter("p", number)
                                .getSingleResult();
        return holders.longValue() > 0;
    }

    /** The number's ratings keep counting as one rater, under a key that names no phone. */
    private int renameRaterKey(byte[] number) {
        String key = RaterKey.forPhone(number);
        Number first =
                (Number)
                        em.createNativeQuery("SELECT MIN(id) FROM rating WHERE rater_key = :key")
                                .setParameter("key", key)
                                .getSingleResult();
        if (first == null) {
            return 0;
        }
        return em.createNativeQuery("UPDATE rating SET rater_key = :renamed WHERE rater_key = :key")
                .setParameter("renamed", RaterKey.forPurgedPhone(first.longValue()))
                .setParameter("key", key)
                .executeUpdate();
    }

    // A message still RECEIVED waits to be handled and needs its sender; every other row of the
    // logs needs the blind index only for the last hour's rate limit and open conversations.

    private int forgetInboundSenders(Instant cutoff) {
        return forget(
                "UPDATE inbound_message m SET m.phone_index = NULL WHERE m.phone_index IS NOT NULL"
                        + " AND m.status <> 'RECEIVED' AND m.received_at < :cutoff AND"
                        + " NOT EXISTS (SELECT 1 FROM survivor s WHERE s.phone_index ="
                        + " m.phone_index) LIMIT :batch",
                cutoff);
    }

    private int forgetCallers(Instant cutoff) {
        return forget(
                "UPDATE ivr_call c SET c.phone_index = NULL WHERE c.phone_index IS NOT NULL"
                        + " AND c.updated_at < :cutoff AND NOT EXISTS (SELECT 1 FROM survivor s"
                        + " WHERE s.phone_index = c.phone_index) LIMIT :batch",
                cutoff);
    }

    private int forgetConversationPhones(Instant cutoff) {
        return forget(
                "UPDATE sms_conversation c SET c.phone_index = NULL WHERE c.phone_index IS NOT"
                        + " NULL AND c.expires_at < :cutoff AND NOT EXISTS (SELECT 1 FROM"
                        + " survivor s WHERE s.phone_index = c.phone_index) LIMIT :batch",
                cutoff);
    }

    /** The comment goes; the rating, its answers and its period stay. */
    private int deleteComments(Instant cutoff) {
        return forget(
                "UPDATE rating SET comment = NULL WHERE comment IS NOT NULL"
                        + " AND rated_at < :cutoff LIMIT :batch",
                cutoff);
    }

    private int forget(String sql, Instant cutoff) {
        return em.createNativeQuery(sql)
                .setParameter("cutoff", cutoff)
                .setParameter("batch", config.batchSize())
                .executeUpdate();
    }

    private int repeat(java.util.function.Function<Instant, Integer> step, Instant cutoff) {
        int total = 0;
        int changed;
        do {
            changed = inTransaction(() -> step.apply(cutoff));
            total += changed;
        } while (changed == config.batchSize());
        return total;
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
