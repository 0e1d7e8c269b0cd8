package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * The sender of a message as the database knows it ({@link SenderFacts}), in one statement where
 * the webhook used to make four (the per-phone count, the do-not-contact registry, the chosen
 * language and the enrolled survivors). Each part is a sub-select on its table's phone index, so
 * the statement costs the database what the four did; what it saves is three round trips and,
 * mostly, the application's CPU: each of the four was an HQL query with a list parameter, which
 * Hibernate translates to SQL again on every execution (its Flight Recording showed the four at
 * about 40 % of the webhook's CPU, half of that in translation).
 */
@ApplicationScoped
public class SenderQueries {

    private final EntityManager em;

    public SenderQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The facts about the phone known by {@code phoneIndexes} (PhoneVault.lookupIndexes, or the
     * stored index alone), in the caller's transaction if there is one.
     *
     * @param phoneIndexes every index the phone's rows may be under; empty for no phone
     * @param countedIndex the index the per-phone count is taken under (the stored message's), or
     *     null for no count
     * @param countedSince the start of the count's window; ignored without {@code countedIndex}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SenderFacts facts(List<byte[]> phoneIndexes, byte[] countedIndex, Instant countedSince) {
        if (phoneIndexes.isEmpty() && countedIndex == null) {
            return SenderFacts.NONE;
        }
        String in = inList(phoneIndexes.size());
        String sql =
                "SELECT "
                        + (countedIndex == null
                                ? "0"
                                : "(SELECT COUNT(*) FROM inbound_message WHERE phone_index = ?"
                                        + " AND received_at >= ?)")
                        + ", "
                        + (phoneIndexes.isEmpty()
                                ? "0, NULL, 0, NULL, NULL"
                                : "EXISTS (SELECT 1 FROM do_not_contact WHERE phone_index IN "
                                        + in
                                        + "), (SELECT language FROM sms_phone_language WHERE"
                                        + " phone_index IN "
                                        + in
                                        + " ORDER BY updated_at DESC LIMIT 1), (SELECT COUNT(*)"
                                        + " FROM survivor WHERE phone_index IN "
                                        + in
                                        + "), (SELECT id FROM survivor WHERE phone_index IN "
                                        + in
                                        + " ORDER BY id LIMIT 1), (SELECT language FROM survivor"
                                        + " WHERE phone_index IN "
                                        + in
                                        + " ORDER BY id LIMIT 1)");
        Query query =
                em.createNativeQuery(sql)
                        .unwrap(NativeQuery.class)
                        // flush before it only what it reads, as HQL on these tables would
                        .addSynchronizedQuerySpace("inbound_message")
                        .addSynchronizedQuerySpace("do_not_contact")
                        .addSynchronizedQuerySpace("sms_phone_language")
                        .addSynchronizedQuerySpace("survivor");
        int p = 1;
        if (countedIndex != null) {
            query.setParameter(p++, countedIndex);
            // the columns are UTC wall-clock times, as Hibernate writes them (jdbc.timezone=UTC)
            query.setParameter(p++, LocalDateTime.ofInstant(countedSince, ZoneOffset.UTC));
        }
        if (!phoneIndexes.isEmpty()) {
            for (int part = 0; part < 5; part++) {
                for (byte[] index : phoneIndexes) {
                    query.setParameter(p++, index);
                }
            }
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new SenderFacts(
                number(row[0]),
                number(row[1]) != 0,
                (String) row[2],
                (int) number(row[3]),
                row[4] == null ? null : number(row[4]),
                (String) row[5]);
    }

    private static String inList(int n) {
        return "(" + String.join(", ", Collections.nCopies(Math.max(n, 1), "?")) + ")";
    }

    private static long number(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value == null ? 0 : ((Number) value).longValue();
    }
}
