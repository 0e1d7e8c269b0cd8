package org.survivorvoice.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;

/**
 * Rows the retention tests plant and read straight in the database: the SMS and IVR log rows that
 * hold a phone's blind index, and where a number's index is still found.
 */
@ApplicationScoped
public class RetentionFixtures {

    private final EntityManager em;
    private final PhoneVault vault;

    public RetentionFixtures(EntityManager em, PhoneVault vault) {
        this.em = em;
        this.vault = vault;
    }

    /** The blind index of the number. */
    public byte[] indexOf(String phone) {
        return vault.blindIndex(PhoneNumber.parse(phone).orElseThrow());
    }

    /** Her latest invitation as sent, answerable until {@code expiresAt}. */
    @Transactional
    public long sendLatestInvitation(long survivorId, Instant expiresAt) {
        Number id =
                (Number)
                        em.createNativeQuery(
                                        "SELECT MAX(id) FROM invitation WHERE survivor_id = :s")
                                .setParameter("s", survivorId)
                                .getSingleResult();
        em.createNativeQuery(
                        "UPDATE invitation SET status = 'SENT', channel = 'SMS_CONVERSATION',"
                                + " reason = NULL, sent_at = :sent, expires_at = :expires"
                                + " WHERE id = :id")
                .setParameter("sent", Instant.now())
                .setParameter("expires", expiresAt)
                .setParameter("id", id.longValue())
                .executeUpdate();
        return id.longValue();
    }

    /**
     * What the channels leave behind for her number: an inbound SMS, an IVR call, the SMS
     * conversation of her invitation, a reply-language choice and a rating keyed by the phone.
     * Returns the rating's id.
     */
    @Transactional
    public long phoneTraces(String phone, long survivorId, long invitationId, long providerId) {
        byte[] index = indexOf(phone);
        Instant now = Instant.now();
        String tag = Long.toString(System.nanoTime());
        em.createNativeQuery(
                        "INSERT INTO inbound_message (gateway, external_id, phone_index, status,"
                                + " received_at, handled_at, created_at, updated_at)"
                                + " VALUES ('twilio', :ext, :p, 'PROCESSED', :t, :t, :t, :t)")
                .setParameter("ext", "SMretention" + tag)
                .setParameter("p", index)
                .setParameter("t", now)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO ivr_call (call_sid, phone_index, step, version, retries,"
                                + " notice, created_at, updated_at)"
                                + " VALUES (:sid, :p, 'DONE', 1, 0, 'NONE', :t, :t)")
                .setParameter("sid", "CAretention" + tag)
                .setParameter("p", index)
                .setParameter("t", now)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO sms_conversation (invitation_id, encounter_id, survivor_id,"
                                + " phone_index, language, state, opened_at, expires_at,"
                                + " created_at, updated_at) SELECT id, encounter_id, survivor_id,"
                                + " :p, 'hi', 'CLOSED', :t, :e, :t, :t FROM invitation"
                                + " WHERE id = :i")
                .setParameter("p", index)
                .setParameter("t", now)
                .setParameter("e", now.plus(Duration.ofDays(2)))
                .setParameter("i", invitationId)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO sms_phone_language (phone_index, language, created_at,"
                                + " updated_at) VALUES (:p, 'bn', :t, :t)")
                .setParameter("p", index)
                .setParameter("t", now)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO rating (provider_id, rater_key, channel, language, verified,"
                                + " period, rated_at, overall, created_at, updated_at)"
                                + " VALUES (:pr, :key, 'SMS', 'hi', FALSE, '1949-Q1', :t, 4, :t,"
                                + " :t)")
                .setParameter("pr", providerId)
                .setParameter("key", RaterKey.forPhone(index))
                .setParameter("t", now)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
                .longValue();
    }

    /** Rows holding the number's blind index, per table, over every column named phone_index. */
    @Transactional
    public Map<String, Long> tablesHolding(String phone) {
        byte[] index = indexOf(phone);
        @SuppressWarnings("unchecked")
        List<String> tables =
                em.createNativeQuery(
                                "SELECT table_name FROM information_schema.columns"
                                        + " WHERE table_schema = DATABASE()"
                                        + " AND column_name = 'phone_index' ORDER BY table_name")
                        .getResultList();
        Map<String, Long> holding = new LinkedHashMap<>();
        for (String table : tables) {
            Number n =
                    (Number)
                            em.createNativeQuery(
                                            "SELECT COUNT(*) FROM "
                                                    + table
                                                    + " WHERE phone_index = :p")
                                    .setParameter("p", index)
                                    .getSingleResult();
            if (n.longValue() > 0) {
                holding.put(table, n.longValue());
            }
        }
        Number keyed =
                (Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM rating WHERE rater_key = :k")
                                .setParameter("k", RaterKey.forPhone(index))
                                .getSingleResult();
        if (keyed.longValue() > 0) {
            holding.put("rating.rater_key", keyed.longValue());
        }
        return holding;
    }

    /** Whether the survivor row still holds a phone ciphertext, blind index and PIN hash. */
    @Transactional
    public List<Boolean> contactHeld(long survivorId) {
        Object[] row =
                (Object[])
                        em.createNativeQuery(
                                        "SELECT phone_ciphertext IS NOT NULL, phone_index IS NOT"
                                                + " NULL, ivr_pin_hash IS NOT NULL FROM survivor"
                                                + " WHERE id = :s")
                                .setParameter("s", survivorId)
                                .getSingleResult();
        return java.util.Arrays.stream(row)
                .map(c -> c instanceof Boolean b ? b : ((Number) c).intValue() == 1)
                .toList();
    }

    /** The rater key of the rating. */
    @Transactional
    public String raterKey(long ratingId) {
        return (String)
                em.createNativeQuery("SELECT rater_key FROM rating WHERE id = :r")
                        .setParameter("r", ratingId)
                        .getSingleResult();
    }

    /** The detail of the latest audit row of the action. */
    @Transactional
    public String latestAuditDetail(String action) {
        return (String)
                em.createNativeQuery(
                                "SELECT detail FROM audit_log WHERE action = :a"
                                        + " ORDER BY id DESC LIMIT 1")
                        .setParameter("a", action)
                        .getSingleResult();
    }

    /** A rating's overall answer and comment, as stored. */
    public record RatingComment(int overall, String comment) {}

    /** The rating's overall answer and comment; fails when the rating is gone. */
    @Transactional
    public RatingComment ratingComment(long ratingId) {
        Object[] row =
                (Object[])
                        em.createNativeQuery("SELECT overall, comment FROM rating WHERE id = :r")
                                .setParameter("r", ratingId)
                                .getSingleResult();
        return new RatingComment(((Number) row[0]).intValue(), (String) row[1]);
    }

    /**
     * Ratings of the provider in the quarter by the phone (its rater key), each with a comment:
     * {@code satisfied} with overall 5, the rest with overall 2.
     */
    @Transactional
    public void phoneRatings(
            long providerId,
            org.survivorvoice.common.time.Quarter period,
            String phone,
            int... overall) {
        String key = RaterKey.forPhone(indexOf(phone));
        for (int i = 0; i < overall.length; i++) {
            Instant at = org.survivorvoice.testing.RatingRow.day(period, 20 + i);
            em.createNativeQuery(
                            "INSERT INTO rating (provider_id, rater_key, channel, language,"
                                    + " verified, period, rated_at, overall, comment, created_at,"
                                    + " updated_at) VALUES (:pr, :key, 'SMS', 'hi', FALSE, :q,"
                                    + " :t, :o, 'Mr Das was kind', :t, :t)")
                    .setParameter("pr", providerId)
                    .setParameter("key", key)
                    .setParameter("q", period.toString())
                    .setParameter("t", at)
                    .setParameter("o", overall[i])
                    .executeUpdate();
        }
    }

    /** Comments still stored on the provider's ratings. */
    @Transactional
    public long commentsOf(long providerId) {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT COUNT(*) FROM rating WHERE provider_id = :p"
                                                + " AND comment IS NOT NULL")
                                .setParameter("p", providerId)
                                .getSingleResult())
                .longValue();
    }
}
