package org.survivorvoice.privacy.rotation;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.error.ConflictException;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.privacy.PhoneVault.KeyIds;
import org.survivorvoice.privacy.rotation.VaultRotationProgress.StepCount;
import org.survivorvoice.security.AuditService;

/**
 * Rotates the vault keys (issue 19, deploy/key-rotation.md): with new keys current and the previous
 * ones still configured, rewrites every phone ciphertext, sealed text and blind index under the new
 * keys while the service serves. Work is done in batches ({@link RotationBatches}), each its own
 * short transaction that first locks the rotation's row, so replicas take turns and never repeat a
 * batch, and the cursor it commits is where a killed rotation continues. The whole walk is repeated
 * until a pass rewrites nothing: a row a concurrent writer put back under an old key (an entity
 * loaded before its batch and saved after) is caught by the next pass.
 */
@ApplicationScoped
public class VaultRotationService {

    private static final RotationStep FIRST = RotationStep.values()[0];

    private final EntityManager em;
    private final PhoneVault vault;
    private final RotationBatches batches;
    private final AuditService audit;
    private final Event<VaultRotationStarted> started;
    private final VaultRotationConfig config;
    private final Clock clock;

    public VaultRotationService(
            EntityManager em,
            PhoneVault vault,
            RotationBatches batches,
            AuditService audit,
            Event<VaultRotationStarted> started,
            VaultRotationConfig config,
            Clock clock) {
        this.em = em;
        this.vault = vault;
        this.batches = batches;
        this.audit = audit;
        this.started = started;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Starts the rotation of the configured keys, or resumes it when it was started before; the
     * batches run after the commit, in the background. Audited.
     *
     * @throws ConflictException when no previous key is configured, so there is nothing to rotate
     */
    @Transactional
    public VaultRotationProgress start() {
        if (!vault.rotating()) {
            throw new ConflictException(
                    "No previous vault key is configured, so there is nothing to rotate: deploy"
                            + " with the new keys as survivor-voice.vault.encryption-key and"
                            + " index-key and the old ones as previous-encryption-key and"
                            + " previous-index-key (deploy/key-rotation.md).");
        }
        KeyIds keys = vault.keyIds();
        Optional<Long> existing = find(keys);
        long id = existing.orElseGet(() -> insert(keys));
        audit.record(
                existing.isPresent() ? "vault-rotation-resume" : "vault-rotation-start",
                "vault_rotation",
                id,
                "keys " + keys.encryption() + "/" + keys.index());
        started.fire(new VaultRotationStarted(id));
        return progress(keys);
    }

    /**
     * Runs one batch of the unfinished rotation of the configured keys in its own transaction.
     *
     * @return whether work remains (false when there is no rotation to run or it just finished)
     */
    public boolean runBatch() {
        if (!vault.rotating()) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(this::batch);
    }

    /** Runs batches until the rotation of the configured keys is finished (or there is none). */
    public void runToEnd() {
        while (runBatch()) {
            // each batch commits on its own
        }
    }

    /** Progress of the rotation of the configured keys; counts and key ids only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VaultRotationProgress progress() {
        return progress(vault.keyIds());
    }

    /**
     * Whether previous keys are configured and their rotation has not finished: rows of one number
     * may then be under two index keys.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean unfinished() {
        if (!vault.rotating()) {
            return false;
        }
        return NativeRow.longs(
                                keyed(
                                        "SELECT COUNT(*) FROM vault_rotation WHERE "
                                                + KEYS
                                                + " AND finished_at IS NOT NULL",
                                        vault.keyIds()))
                        .get(0)
                == 0;
    }

    private boolean batch() {
        KeyIds keys = vault.keyIds();
        List<NativeRow> locked =
                NativeRow.list(
                        keyed(
                                "SELECT id, pass, step, cursor_id, rewritten_in_pass FROM"
                                        + " vault_rotation WHERE "
                                        + KEYS
                                        + " AND finished_at IS NULL FOR UPDATE",
                                keys));
        if (locked.isEmpty()) {
            return false;
        }
        NativeRow row = locked.get(0);
        long id = row.longValue(0);
        int pass = row.intValue(1);
        RotationStep step = RotationStep.valueOf(row.string(2));
        long cursor = row.longValue(3);
        long rewrittenInPass = row.longValue(4);

        RotationBatches.Batch done = batches.run(step, id, cursor, config.batchSize());
        count(id, pass, step, done);
        rewrittenInPass += done.rewritten();
        Instant now = clock.instant();
        Instant finished = null;
        if (!done.done()) {
            cursor = done.cursor();
        } else if (step.next() != null) {
            step = step.next();
            cursor = 0;
        } else if (rewrittenInPass > 0) {
            Log.infof(
                    "Vault rotation %d: pass %d rewrote %d rows, checking again",
                    id, pass, rewrittenInPass);
            pass++;
            step = FIRST;
            cursor = 0;
            rewrittenInPass = 0;
        } else {
            finished = now;
            em.createNativeQuery("DELETE FROM vault_index_pair WHERE rotation_id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
            Log.infof("Vault rotation %d finished after %d passes", id, pass);
        }
        em.createNativeQuery(
                        "UPDATE vault_rotation SET pass = ?1, step = ?2, cursor_id = ?3,"
                                + " rewritten_in_pass = ?4, batches = batches + 1,"
                                + " finished_at = ?5, updated_at = ?6 WHERE id = ?7")
                .setParameter(1, pass)
                .setParameter(2, step.name())
                .setParameter(3, cursor)
                .setParameter(4, rewrittenInPass)
                .setParameter(5, finished)
                .setParameter(6, now)
                .setParameter(7, id)
                .executeUpdate();
        return finished == null;
    }

    private void count(long id, int pass, RotationStep step, RotationBatches.Batch done) {
        em.createNativeQuery(
                        "INSERT INTO vault_rotation_count (rotation_id, pass, step, rewritten,"
                            + " unmapped, unreadable) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE"
                            + " KEY UPDATE rewritten = rewritten + VALUES(rewritten), unmapped ="
                            + " unmapped + VALUES(unmapped), unreadable = unreadable +"
                            + " VALUES(unreadable)")
                .setParameter(1, id)
                .setParameter(2, pass)
                .setParameter(3, step.name())
                .setParameter(4, done.rewritten())
                .setParameter(5, done.unmapped())
                .setParameter(6, done.unreadable())
                .executeUpdate();
    }

    private VaultRotationProgress progress(KeyIds keys) {
        if (!vault.rotating()) {
            return new VaultRotationProgress(
                    "NOT_CONFIGURED",
                    keys.encryption(),
                    keys.index(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    0,
                    0,
                    false,
                    List.of());
        }
        List<NativeRow> found =
                NativeRow.list(
                        keyed(
                                "SELECT id, pass, step, batches, started_at, finished_at FROM"
                                        + " vault_rotation WHERE "
                                        + KEYS,
                                keys));
        if (found.isEmpty()) {
            return new VaultRotationProgress(
                    "NOT_STARTED",
                    keys.encryption(),
                    keys.index(),
                    keys.previousEncryption(),
                    keys.previousIndex(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    0,
                    0,
                    false,
                    List.of());
        }
        NativeRow row = found.get(0);
        long id = row.longValue(0);
        Instant finishedAt = row.nullableInstant(5);
        List<NativeRow> counted =
                NativeRow.list(
                        em.createNativeQuery(
                                        "SELECT step, pass, rewritten, unmapped, unreadable FROM"
                                                + " vault_rotation_count WHERE rotation_id = ?1"
                                                + " ORDER BY pass, step")
                                .setParameter(1, id));
        Map<String, StepCount> latest = new LinkedHashMap<>();
        long rewritten = 0;
        for (NativeRow c : counted) {
            StepCount count =
                    new StepCount(
                            c.string(0),
                            c.intValue(1),
                            c.longValue(2),
                            c.longValue(3),
                            c.longValue(4));
            rewritten += count.rewritten();
            latest.put(count.step(), count);
        }
        List<StepCount> steps = new ArrayList<>();
        for (RotationStep step : RotationStep.values()) {
            if (latest.containsKey(step.name())) {
                steps.add(latest.get(step.name()));
            }
        }
        long optOuts =
                latest.containsKey(RotationStep.OPT_OUTS.name())
                        ? latest.get(RotationStep.OPT_OUTS.name()).unmapped()
                        : 0;
        long unreadable = steps.stream().mapToLong(StepCount::unreadable).sum();
        boolean finished = finishedAt != null;
        return new VaultRotationProgress(
                finished ? "FINISHED" : "RUNNING",
                keys.encryption(),
                keys.index(),
                keys.previousEncryption(),
                keys.previousIndex(),
                row.intValue(1),
                finished ? null : row.string(2),
                row.longValue(3),
                row.instant(4),
                finishedAt,
                rewritten,
                optOuts,
                unreadable,
                finished && optOuts == 0 && unreadable == 0,
                steps);
    }

    /** The rotation of exactly these keys; '' stands for a previous key that is not given. */
    private static final String KEYS =
            "encryption_key_id = ?1 AND index_key_id = ?2 AND previous_encryption_key_id = ?3"
                    + " AND previous_index_key_id = ?4";

    private jakarta.persistence.Query keyed(String sql, KeyIds keys) {
        return em.createNativeQuery(sql)
                .setParameter(1, keys.encryption())
                .setParameter(2, keys.index())
                .setParameter(3, orEmpty(keys.previousEncryption()))
                .setParameter(4, orEmpty(keys.previousIndex()));
    }

    private Optional<Long> find(KeyIds keys) {
        return NativeRow.longs(keyed("SELECT id FROM vault_rotation WHERE " + KEYS, keys)).stream()
                .findFirst();
    }

    private long insert(KeyIds keys) {
        Instant now = clock.instant();
        // two replicas asked at once: the unique key lets one row in, the other finds it
        em.createNativeQuery(
                        "INSERT INTO vault_rotation (encryption_key_id, index_key_id,"
                                + " previous_encryption_key_id, previous_index_key_id, pass, step,"
                                + " cursor_id, rewritten_in_pass, batches, started_at, created_at,"
                                + " updated_at) VALUES (?1, ?2, ?3, ?4, 1, ?5, 0, 0, 0, ?6, ?6, ?6)"
                                + " ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, keys.encryption())
                .setParameter(2, keys.index())
                .setParameter(3, orEmpty(keys.previousEncryption()))
                .setParameter(4, orEmpty(keys.previousIndex()))
                .setParameter(5, FIRST.name())
                .setParameter(6, now)
                .executeUpdate();
        Log.infof(
                "Vault rotation started: keys %s/%s replace %s/%s",
                keys.encryption(),
                keys.index(),
                orEmpty(keys.previousEncryption()),
                orEmpty(keys.previousIndex()));
        return find(keys).orElseThrow();
    }

    private static String orEmpty(String id) {
        return id == null ? "" : id;
    }
}
