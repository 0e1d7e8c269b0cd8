package org.survivorvoice.staff.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/**
 * Cases for the page tests, opened the real way (an assisted rating whose money answer is yes goes
 * through the rating's transaction to the desk), and the few facts of them the tests read back.
 */
@ApplicationScoped
public class CaseData {

    /** An opened case and the survivor's phone as she gave it (ten digits). */
    public record Opened(long id, String phone) {}

    /** Enrols a survivor of the district, logs an encounter and rates it with money asked. */
    public Opened open(String worker, long district, String providerCode, String comment) {
        return open(worker, district, providerCode, "bn", comment);
    }

    /** The same, the rating in the language. */
    public Opened open(
            String worker, long district, String providerCode, String language, String comment) {
        String phone = "98" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        long survivor = Staff.enrol(worker, district, phone);
        long encounter = Staff.encounter(worker, survivor, providerCode);
        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, language)
                                .overall(2)
                                .moneyAsked(true)
                                .comment(comment))
                .statusCode(201);
        return new Opened(caseOf(survivor), phone);
    }

    @Transactional
    long caseOf(long survivor) {
        List<SafetyCase> cases = SafetyCase.list("survivor.id", survivor);
        if (cases.size() != 1) {
            throw new AssertionError(cases.size() + " cases for survivor " + survivor);
        }
        return cases.get(0).id;
    }

    /** Moves the case's deadline into the past, as if it had waited that long; escalates it. */
    @Transactional
    public void makeOverdue(long id, Duration by, boolean escalated) {
        SafetyCase c = SafetyCase.findById(id);
        Instant now = Instant.now();
        c.deadlineAt = now.minus(by);
        c.openedAt = c.deadlineAt.minus(Duration.ofHours(72));
        c.escalatedAt = escalated ? now : null;
    }

    /** The case's status. */
    @Transactional
    public CaseStatus status(long id) {
        return SafetyCase.<SafetyCase>findById(id).status;
    }
}
