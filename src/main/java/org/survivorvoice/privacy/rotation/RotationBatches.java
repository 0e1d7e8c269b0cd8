package org.survivorvoice.privacy.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.privacy.TextSeal;
import org.survivorvoice.privacy.VaultConfig;

/**
 * One batch of one {@link RotationStep}, in the caller's transaction: the next rows by id after the
 * cursor, locked ({@code FOR UPDATE}) so a concurrent writer waits for the batch or the batch for
 * it, rewritten under the current keys when they are not already. Rewriting is idempotent, which is
 * what makes a killed rotation safe to resume and a repeated pass a check.
 *
 * <p>Row shapes are the owning features' (survivor, safetydesk, feedback intake, outreach), written
 * here as SQL because the rotation must not depend on them (they depend on privacy); the sealed
 * texts' associated data repeats CaseTexts' and InboundBodySeal's, and VaultRotationTest opens them
 * through those classes after a rotation.
 */
@ApplicationScoped
class RotationBatches {

    private static final HexFormat HEX = HexFormat.of();

    private final EntityManager em;
    private final PhoneVault vault;
    private final TextSeal caseTexts;
    private final TextSeal inboundBodies;

    RotationBatches(EntityManager em, PhoneVault vault, VaultConfig config) {
        this.em = em;
        this.vault = vault;
        this.caseTexts = new TextSeal(config, TextSeal.SAFETY_CASE_TEXT);
        this.inboundBodies = new TextSeal(config, TextSeal.INBOUND_MESSAGE_BODY);
    }

    /**
     * What one batch did.
     *
     * @param cursor the last id it covered
     * @param done whether the step has no rows after the cursor
     */
    record Batch(long cursor, boolean done, int rewritten, int unmapped, int unreadable) {}

    Batch run(RotationStep step, long rotationId, long cursor, int size) {
        return switch (step) {
            case SURVIVOR_PHONES -> survivors(rotationId, cursor, size);
            case SAFETY_CASES -> safetyCases(rotationId, cursor, size);
            case SAFETY_CASE_NOTES -> notes(cursor, size);
            case OPT_OUTS -> optOuts(rotationId, cursor, size);
            case PHONE_LANGUAGES -> languages(cursor, size);
            case CONVERSATIONS -> indexOnly("sms_conversation", cursor, size);
            case CALLS -> indexOnly("ivr_call", cursor, size);
            case INBOUND_MESSAGES -> inboundMessages(cursor, size);
            case RATER_KEYS -> raterKeys(cursor, size * 20);
        };
    }

    private Batch survivors(long rotationId, long cursor, int size) {
        List<Object[]> rows =
                rows(
                        "SELECT id, phone_ciphertext, phone_index FROM survivor WHERE id > ?1 AND"
                                + " phone_ciphertext IS NOT NULL ORDER BY id LIMIT ?2 FOR UPDATE",
                        cursor,
                        size);
        Counts counts = new Counts();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Optional<PhoneNumber> phone = decrypt((byte[]) row[1], counts);
            if (phone.isEmpty()) {
                continue;
            }
            byte[] ciphertext = current((byte[]) row[1], phone.get());
            byte[] index = vault.blindIndex(phone.get());
            pair(rotationId, phone.get(), index, ciphertext);
            if (ciphertext != row[1] || !Arrays.equals(index, (byte[]) row[2])) {
                update(
                        "UPDATE survivor SET phone_ciphertext = ?1, phone_index = ?2 WHERE id = ?3",
                        ciphertext,
                        index,
                        id);
                counts.rewritten++;
            }
        }
        return counts.after(rows, cursor, size);
    }

    private Batch safetyCases(long rotationId, long cursor, int size) {
        List<Object[]> rows =
                rows(
                        "SELECT id, phone_ciphertext, opening_text, source_key FROM safety_case"
                                + " WHERE id > ?1 ORDER BY id LIMIT ?2 FOR UPDATE",
                        cursor,
                        size);
        Counts counts = new Counts();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            byte[] ciphertext = (byte[]) row[1];
            if (ciphertext != null) {
                Optional<PhoneNumber> phone = decrypt(ciphertext, counts);
                if (phone.isPresent()) {
                    byte[] rewritten = current(ciphertext, phone.get());
                    pair(rotationId, phone.get(), vault.blindIndex(phone.get()), rewritten);
                    if (rewritten != ciphertext) {
                        update(
                                "UPDATE safety_case SET phone_ciphertext = ?1 WHERE id = ?2",
                                rewritten,
                                id);
                        counts.rewritten++;
                    }
                }
            }
            // CaseTexts binds the opening text to "opening\n" and the case's source key
            byte[] text = (byte[]) row[2];
            Optional<byte[]> resealed = reseal(caseTexts, text, "opening\n" + row[3], counts);
            if (resealed.isPresent()) {
                update(
                        "UPDATE safety_case SET opening_text = ?1 WHERE id = ?2",
                        resealed.get(),
                        id);
                counts.rewritten++;
            }
        }
        return counts.after(rows, cursor, size);
    }

    private Batch notes(long cursor, int size) {
        List<Object[]> rows =
                rows(
                        "SELECT id, body, seal_key FROM safety_case_note WHERE id > ?1"
                                + " ORDER BY id LIMIT ?2 FOR UPDATE",
                        cursor,
                        size);
        Counts counts = new Counts();
        for (Object[] row : rows) {
            // CaseTexts binds a note to "note\n" and the note's own seal key
            Optional<byte[]> resealed =
                    reseal(caseTexts, (byte[]) row[1], "note\n" + row[2], counts);
            if (resealed.isPresent()) {
                update(
                        "UPDATE safety_case_note SET body = ?1 WHERE id = ?2",
                        resealed.get(),
                        ((Number) row[0]).longValue());
                counts.rewritten++;
            }
        }
        return counts.after(rows, cursor, size);
    }

    /**
     * Opt-outs. Never lost: an entry is moved to the current index only when its number is known
     * (its own ciphertext or a pair), merged into an entry the number already has under the current
     * index, and otherwise left as it is (under the previous index key, which look-ups still match
     * while that key is configured) and counted.
     */
    private Batch optOuts(long rotationId, long cursor, int size) {
        List<Object[]> rows =
                rows(
                        "SELECT id, phone_index, phone_ciphertext FROM do_not_contact WHERE id > ?1"
                                + " ORDER BY id LIMIT ?2 FOR UPDATE",
                        cursor,
                        size);
        Map<String, Pair> pairs = pairsOf(rows, "previous_index");
        Map<String, Pair> current = pairsOf(rows, "current_index");
        Counts counts = new Counts();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            byte[] index = (byte[]) row[1];
            byte[] ciphertext = (byte[]) row[2];
            byte[] newIndex;
            byte[] newCiphertext;
            if (ciphertext != null) {
                Optional<PhoneNumber> phone = decrypt(ciphertext, counts);
                if (phone.isEmpty()) {
                    continue;
                }
                newCiphertext = current(ciphertext, phone.get());
                newIndex = vault.blindIndex(phone.get());
                pair(rotationId, phone.get(), newIndex, newCiphertext);
            } else {
                Pair known =
                        pairs.getOrDefault(HEX.formatHex(index), current.get(HEX.formatHex(index)));
                if (known == null) {
                    counts.unmapped++;
                    continue;
                }
                newIndex = known.current();
                newCiphertext = known.ciphertext();
            }
            if (ciphertext == newCiphertext && Arrays.equals(index, newIndex)) {
                continue;
            }
            if (!Arrays.equals(index, newIndex) && exists("do_not_contact", newIndex, id)) {
                // the number opted out again under the current key: one entry is enough
                update("DELETE FROM do_not_contact WHERE id = ?1", id);
            } else {
                update(
                        "UPDATE do_not_contact SET phone_index = ?1, phone_ciphertext = ?2"
                                + " WHERE id = ?3",
                        newIndex,
                        newCiphertext,
                        id);
            }
            counts.rewritten++;
        }
        return counts.after(rows, cursor, size);
    }

    /** Languages: unique by index; a number with a choice under each key keeps the newer one. */
    private Batch languages(long cursor, int size) {
        List<Object[]> rows =
                rows(
                        "SELECT id, phone_index FROM sms_phone_language WHERE id > ?1"
                                + " ORDER BY id LIMIT ?2 FOR UPDATE",
                        cursor,
                        size);
        Map<String, Pair> pairs = pairsOf(rows, "previous_index");
        Map<String, Pair> current = pairsOf(rows, "current_index");
        Counts counts = new Counts();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            byte[] index = (byte[]) row[1];
            Pair known = pairs.get(HEX.formatHex(index));
            if (known == null) {
                if (!current.containsKey(HEX.formatHex(index))) {
                    counts.unmapped++;
                }
                continue;
            }
            if (Arrays.equals(index, known.current())) {
                continue;
            }
            if (exists("sms_phone_language", known.current(), id)) {
                // written under the current key, so chosen after this one
                update("DELETE FROM sms_phone_language WHERE id = ?1", id);
            } else {
                update(
                        "UPDATE sms_phone_language SET phone_index = ?1 WHERE id = ?2",
                        known.current(),
                        id);
            }
            counts.rewritten++;
        }
        return counts.after(rows, cursor, size);
    }

    /**
     * A log's index moved through the pairs by one join over an id range. An index no pair knows
     * stays: the row loses its link to the number once the previous key goes (the logs need it for
     * an hour's rate limit and open conversations only; README of deploy/key-rotation.md).
     */
    private Batch indexOnly(String table, long cursor, int size) {
        Long upper = upperId(table, cursor, size);
        if (upper == null) {
            return new Batch(cursor, true, 0, 0, 0);
        }
        int moved =
                update(
                        "UPDATE "
                                + table
                                + " t JOIN vault_index_pair p ON t.phone_index = p.previous_index"
                                + " SET t.phone_index = p.current_index"
                                + " WHERE t.id > ?1 AND t.id <= ?2"
                                + " AND p.previous_index <> p.current_index",
                        cursor,
                        upper);
        return new Batch(upper, false, moved, 0, 0);
    }

    private Batch inboundMessages(long cursor, int size) {
        Batch moved = indexOnly("inbound_message", cursor, size);
        if (moved.done()) {
            return moved;
        }
        List<Object[]> waiting =
                rows(
                        "SELECT id, body_ciphertext, gateway, external_id FROM inbound_message"
                                + " WHERE id > ?1 AND id <= ?2 AND body_ciphertext IS NOT NULL"
                                + " ORDER BY id FOR UPDATE",
                        cursor,
                        moved.cursor());
        Counts counts = new Counts();
        counts.rewritten = moved.rewritten();
        for (Object[] row : waiting) {
            // InboundBodySeal binds a body to its gateway and message id
            Optional<byte[]> resealed =
                    reseal(inboundBodies, (byte[]) row[1], row[2] + "\n" + row[3], counts);
            if (resealed.isPresent()) {
                update(
                        "UPDATE inbound_message SET body_ciphertext = ?1 WHERE id = ?2",
                        resealed.get(),
                        ((Number) row[0]).longValue());
                counts.rewritten++;
            }
        }
        return new Batch(moved.cursor(), false, counts.rewritten, 0, counts.unreadable);
    }

    /** RaterKey.forPhone: "P:" and the lower-case hex of the index. */
    private Batch raterKeys(long cursor, int size) {
        Long upper = upperId("rating", cursor, size);
        if (upper == null) {
            return new Batch(cursor, true, 0, 0, 0);
        }
        int moved =
                update(
                        "UPDATE rating r JOIN vault_index_pair p"
                                + " ON p.previous_index = UNHEX(SUBSTRING(r.rater_key, 3))"
                                + " SET r.rater_key = CONCAT('P:', LOWER(HEX(p.current_index)))"
                                + " WHERE r.id > ?1 AND r.id <= ?2 AND r.rater_key LIKE 'P:%'"
                                + " AND p.previous_index <> p.current_index",
                        cursor, upper);
        return new Batch(upper, false, moved, 0, 0);
    }

    /**
     * Records the number's previous index with its current index and ciphertext. Without a previous
     * index key the pair maps the current index to itself: it still gives an opt-out without a
     * number its ciphertext.
     */
    private void pair(long rotationId, PhoneNumber phone, byte[] index, byte[] ciphertext) {
        byte[] previous = vault.previousBlindIndex(phone).orElse(index);
        update(
                "INSERT INTO vault_index_pair (previous_index, current_index, phone_ciphertext,"
                        + " rotation_id) VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE"
                        + " current_index = VALUES(current_index),"
                        + " phone_ciphertext = VALUES(phone_ciphertext),"
                        + " rotation_id = VALUES(rotation_id)",
                previous,
                index,
                ciphertext,
                rotationId);
    }

    private record Pair(byte[] current, byte[] ciphertext) {}

    /**
     * The pairs whose previous (or current) index is the index of one of the rows (their second
     * column), by that index in hex.
     */
    private Map<String, Pair> pairsOf(List<Object[]> rows, String by) {
        List<byte[]> indexes = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                indexes.add((byte[]) row[1]);
            }
        }
        Map<String, Pair> pairs = new HashMap<>();
        if (indexes.isEmpty()) {
            return pairs;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found =
                em.createNativeQuery(
                                "SELECT "
                                        + by
                                        + ", current_index, phone_ciphertext"
                                        + " FROM vault_index_pair WHERE "
                                        + by
                                        + " IN (:indexes)")
                        .setParameter("indexes", indexes)
                        .getResultList();
        for (Object[] p : found) {
            pairs.put(HEX.formatHex((byte[]) p[0]), new Pair((byte[]) p[1], (byte[]) p[2]));
        }
        return pairs;
    }

    private boolean exists(String table, byte[] index, long otherThan) {
        return !em.createNativeQuery(
                        "SELECT id FROM "
                                + table
                                + " WHERE phone_index = ?1 AND id <> ?2 FOR UPDATE")
                .setParameter(1, index)
                .setParameter(2, otherThan)
                .getResultList()
                .isEmpty();
    }

    private Optional<PhoneNumber> decrypt(byte[] ciphertext, Counts counts) {
        try {
            return Optional.of(vault.decrypt(ciphertext));
        } catch (RuntimeException e) {
            // sealed under a key this instance does not hold: left as it is, counted
            counts.unreadable++;
            return Optional.empty();
        }
    }

    /** The same ciphertext when the current key sealed it, else a new one under that key. */
    private byte[] current(byte[] ciphertext, PhoneNumber phone) {
        return vault.isCurrent(ciphertext) ? ciphertext : vault.encrypt(phone);
    }

    /** The text sealed again under the current key, or empty when it already is (or none opens). */
    private static Optional<byte[]> reseal(
            TextSeal seal, byte[] sealed, String associated, Counts counts) {
        if (sealed == null || seal.isCurrent(sealed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(seal.reseal(sealed, associated));
        } catch (RuntimeException e) {
            counts.unreadable++;
            return Optional.empty();
        }
    }

    private Long upperId(String table, long cursor, int size) {
        Number upper =
                (Number)
                        em.createNativeQuery(
                                        "SELECT MAX(id) FROM (SELECT id FROM "
                                                + table
                                                + " WHERE id > ?1 ORDER BY id LIMIT ?2) batch")
                                .setParameter(1, cursor)
                                .setParameter(2, size)
                                .getSingleResult();
        return upper == null ? null : upper.longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long cursor, long second) {
        return em.createNativeQuery(sql)
                .setParameter(1, cursor)
                .setParameter(2, second)
                .getResultList();
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static final class Counts {
        int rewritten;
        int unmapped;
        int unreadable;

        Batch after(List<Object[]> rows, long cursor, int size) {
            long last =
                    rows.isEmpty() ? cursor : ((Number) rows.get(rows.size() - 1)[0]).longValue();
            return new Batch(last, rows.size() < size, rewritten, unmapped, unreadable);
        }
    }
}
