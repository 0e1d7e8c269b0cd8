package org.survivorvoice.safetydesk;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.survivorvoice.security.AuditService;

/**
 * Escalates overdue cases to the admins: every case still OPEN after its deadline ({@link
 * CaseDeadline}) and not yet escalated gets its escalation dated and an audit row, once. Admins see
 * escalated cases first in their list. A run repeated, or overlapping another replica's, changes
 * nothing twice: the cases are locked and only those not yet escalated are touched. The log gets
 * the count only.
 */
@ApplicationScoped
public class CaseEscalationService {

    private final AuditService audit;

    public CaseEscalationService(AuditService audit) {
        this.audit = audit;
    }

    /** Escalates every case overdue at {@code now} and not yet escalated; what it did. */
    @Transactional
    public CaseEscalation escalate(Instant now) {
        List<SafetyCase> due =
                SafetyCase.<SafetyCase>find(
                                "from SafetyCase c where c.escalatedAt is null and "
                                        + CaseDeadline.overdueCondition("c")
                                        + " order by c.id",
                                Map.of("now", now))
                        .withLock(LockModeType.PESSIMISTIC_WRITE)
                        .list();
        for (SafetyCase c : due) {
            c.escalatedAt = now;
            audit.record("SAFETY_CASE_ESCALATED", "safety_case", c.id, null);
        }
        Log.infof("Safety desk escalation: %d overdue case(s) escalated", due.size());
        return new CaseEscalation(now, due.stream().map(c -> c.id).toList());
    }
}
