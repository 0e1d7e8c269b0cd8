package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.StaffContext;

/**
 * What field workers and admins do with a case: read it (its opening text included), move it on,
 * note on it, and reveal the number to call her back. Every one of these is audited in its own
 * transaction, so a read that fails leaves no row and a read that succeeded always has one.
 */
@ApplicationScoped
public class SafetyCaseService {

    /** Longest note, in characters. */
    public static final int MAX_NOTE = 2000;

    /** Outcomes that mean somebody reached her. */
    private static final EnumSet<CaseOutcome> REACHED =
            EnumSet.of(
                    CaseOutcome.RESOLVED,
                    CaseOutcome.REFERRED_LEGAL_AID,
                    CaseOutcome.REFERRED_POLICE,
                    CaseOutcome.DECLINED);

    private final CaseAccess access;
    private final CaseTexts texts;
    private final CaseContacts contacts;
    private final AuditService audit;
    private final StaffContext staff;
    private final Clock clock;

    public SafetyCaseService(
            CaseAccess access,
            CaseTexts texts,
            CaseContacts contacts,
            AuditService audit,
            StaffContext staff,
            Clock clock) {
        this.access = access;
        this.texts = texts;
        this.contacts = contacts;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** The case with its text and notes; 404 when the caller may not see it. Audited. */
    @Transactional
    public CaseDetail view(long id) {
        SafetyCase c = require(id);
        audit.record("SAFETY_CASE_VIEWED", "safety_case", c.id, null);
        return detail(c);
    }

    /**
     * Moves the case on and/or adds a note: CONTACTED from OPEN (dates the first contact), CLOSED
     * from OPEN or CONTACTED with an outcome (an outcome that means she was reached dates a first
     * contact not yet dated). A closed case takes notes only. Audited.
     */
    @Transactional
    public CaseDetail update(long id, CaseUpdate update) {
        if (update == null
                || (update.status() == null && update.outcome() == null && update.note() == null)) {
            throw new InvalidInputException("status", "give a status, an outcome or a note");
        }
        SafetyCase c = require(id);
        Instant now = clock.instant();
        String note = update.note() == null ? null : SurvivorText.clean(update.note(), MAX_NOTE);
        if (update.note() != null && note.isEmpty()) {
            throw new InvalidInputException("note", "write the note");
        }
        if (update.outcome() != null && update.status() != CaseStatus.CLOSED) {
            throw new InvalidInputException("outcome", "an outcome closes the case: status CLOSED");
        }
        String change = null;
        if (update.status() != null) {
            change = move(c, update.status(), update.outcome(), now);
        }
        if (note != null) {
            CaseNote n = new CaseNote();
            n.safetyCase = c;
            n.sealKey = UUID.randomUUID().toString();
            n.body = texts.sealNote(note, n.sealKey);
            n.writtenBy = staff.actor();
            n.writtenAt = now;
            n.persist();
        }
        audit.record(
                "SAFETY_CASE_UPDATED",
                "safety_case",
                c.id,
                change == null ? "note" : note == null ? change : change + ", note");
        return detail(c);
    }

    /**
     * The number to call her back, with the consent and safe hours to respect: the only answer that
     * ever holds a phone number. 422 when none is held. Audited on every call.
     */
    @Transactional
    public RevealedContact revealContact(long id) {
        SafetyCase c = require(id);
        PhoneNumber phone =
                contacts.phone(c)
                        .orElseThrow(
                                () ->
                                        new RuleViolatedException(
                                                "No phone number is held for this case."));
        audit.record("SAFETY_CASE_CONTACT_REVEALED", "safety_case", c.id, null);
        return new RevealedContact(phone.e164(), contacts.consent(c, clock.instant()));
    }

    private String move(SafetyCase c, CaseStatus to, CaseOutcome outcome, Instant now) {
        CaseStatus from = c.status;
        if (from == CaseStatus.CLOSED) {
            throw new RuleViolatedException("The case is closed; only notes can be added.");
        }
        switch (to) {
            case OPEN -> throw new RuleViolatedException("A case cannot go back to OPEN.");
            case CONTACTED -> {
                if (from != CaseStatus.OPEN) {
                    throw new RuleViolatedException("The case is already CONTACTED.");
                }
                c.status = CaseStatus.CONTACTED;
                c.contactedAt = now;
            }
            case CLOSED -> {
                if (outcome == null) {
                    throw new InvalidInputException("outcome", "closing a case needs an outcome");
                }
                if (c.contactedAt == null && REACHED.contains(outcome)) {
                    c.contactedAt = now;
                }
                c.status = CaseStatus.CLOSED;
                c.outcome = outcome;
                c.closedAt = now;
            }
        }
        return from + "->" + to + (outcome == null ? "" : " " + outcome);
    }

    private SafetyCase require(long id) {
        SafetyCase c = SafetyCase.findById(id);
        if (c == null) {
            access.scope(); // a caller who may see no case gets the same 404 either way
            throw new NotFoundException("safety case");
        }
        access.requireVisible(c);
        return c;
    }

    private CaseDetail detail(SafetyCase c) {
        Instant now = clock.instant();
        List<CaseNoteView> notes =
                CaseNote.<CaseNote>find("safetyCase.id = ?1 order by writtenAt, id", c.id).stream()
                        .map(n -> new CaseNoteView(texts.openNote(n), n.writtenBy, n.writtenAt))
                        .toList();
        return new CaseDetail(
                CaseListItem.of(c, now), texts.openOpening(c), notes, contacts.consent(c, now));
    }
}
