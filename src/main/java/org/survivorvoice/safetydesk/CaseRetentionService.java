package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The safety desk's part of the retention purge (SAFETY.md D3): a case closed before the comment
 * cut-off loses the text that opened it, the phone it came from and its notes; its status, outcome,
 * signals and dates stay, so the MIS counts do not change. The retention purge calls each step in
 * its own transaction, batch by batch, until a batch comes back short.
 */
@ApplicationScoped
public class CaseRetentionService {

    private final EntityManager em;

    public CaseRetentionService(EntityManager em) {
        this.em = em;
    }

    /** Clears the opening text and phone of up to {@code batch} cases closed before the cut-off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int clearClosedTexts(Instant cutoff, int batch) {
        return em.createNativeQuery(
                        "UPDATE safety_case SET opening_text = NULL, phone_ciphertext = NULL"
                                + " WHERE status = 'CLOSED'"
                                + " AND closed_at < :cutoff"
                                + " AND (opening_text IS NOT NULL OR phone_ciphertext IS NOT NULL)"
                                + " LIMIT :batch")
                .setParameter("cutoff", cutoff)
                .setParameter("batch", batch)
                .executeUpdate();
    }

    /** Deletes up to {@code batch} notes of cases closed before the cut-off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteClosedNotes(Instant cutoff, int batch) {
        return em.createNativeQuery(
                        "DELETE FROM safety_case_note WHERE case_id IN (SELECT c.id FROM"
                                + " safety_case c WHERE c.status = 'CLOSED'"
                                + " AND c.closed_at < :cutoff) LIMIT :batch")
                .setParameter("cutoff", cutoff)
                .setParameter("batch", batch)
                .executeUpdate();
    }
}
