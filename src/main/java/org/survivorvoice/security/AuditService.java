package org.survivorvoice.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes audit rows in the caller's transaction, so an audited read that fails leaves no row and a
 * row is never missing for a read that succeeded. Details never hold personal data.
 */
@ApplicationScoped
public class AuditService {

    private final StaffContext staff;
    private final Clock clock;

    public AuditService(StaffContext staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    /** Records that the caller did {@code action} on an object. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, Object objectId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actor = Arc.container().requestContext().isActive() ? staff.actor() : "system";
        entry.action = action;
        entry.objectType = objectType;
        entry.objectId = objectId == null ? null : String.valueOf(objectId);
        entry.detail = detail;
        entry.persist();
    }
}
