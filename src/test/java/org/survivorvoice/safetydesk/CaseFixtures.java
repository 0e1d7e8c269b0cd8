package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.security.AuditEntry;

/**
 * Opens safety cases through the desk's one write path (a {@link SafetyCheck} fired in a
 * transaction, as every channel does) and reads back what tests check: audit rows and stored
 * columns.
 */
@ApplicationScoped
public class CaseFixtures {

    private final Event<SafetyCheck> checks;

    public CaseFixtures(Event<SafetyCheck> checks) {
        this.checks = checks;
    }

    /** Fires an SMS check with the text, from the phone when given; the case opened, if any. */
    @Transactional
    public Long message(Long survivorId, String text, String phone) {
        SafetyCheck check =
                SafetyCheck.ofMessage(
                        "sms:test-" + UUID.randomUUID(), CaseChannel.SMS, "en", survivorId, text);
        if (phone != null) {
            check = check.from(PhoneNumber.parse(phone).orElseThrow());
        }
        checks.fire(check);
        return SafetyCase.findBySource(check.sourceKey()).map(c -> c.id).orElse(null);
    }

    /** The case opened by the rating. */
    @Transactional
    public long caseOfRating(long ratingId) {
        return SafetyCase.findBySource("rating:" + ratingId).orElseThrow().id;
    }

    /** Every audit row on the case, oldest first, as {@code actor action detail}. */
    @Transactional
    public List<String> auditRows(long caseId) {
        return AuditEntry.<AuditEntry>list(
                        "objectType = 'safety_case' and objectId = ?1 order by id",
                        String.valueOf(caseId))
                .stream()
                .map(e -> e.actor + " " + e.action + " " + e.detail)
                .toList();
    }

    /** The stored case, detached: what the database holds. */
    @Transactional
    public Stored stored(long caseId) {
        SafetyCase c = SafetyCase.findById(caseId);
        long notes = CaseNote.count("safetyCase.id", caseId);
        return new Stored(
                c.status, c.openingText != null, c.phoneCiphertext != null, notes, c.escalatedAt);
    }

    /** What a case row holds, as flags. */
    public record Stored(
            CaseStatus status,
            boolean hasOpeningText,
            boolean hasPhone,
            long notes,
            java.time.Instant escalatedAt) {}
}
