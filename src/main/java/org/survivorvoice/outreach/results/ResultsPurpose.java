package org.survivorvoice.outreach.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ContactFacts;
import org.survivorvoice.outreach.invitation.ContactGate;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxPurpose;
import org.survivorvoice.outreach.template.OutreachTemplates;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.survivor.Survivor;

/**
 * The results message as an outbox purpose (kind RESULTS, subject a {@link ResultsContact}): the
 * outbox's claims, retries, breaker, look-up before a retry and status callbacks carry it like an
 * invitation. Its gates are the outreach gates ({@link ContactGate}) over her record read now:
 * enrolled, consent to SMS and to the purpose {@code results}, not on do-not-contact, inside her
 * safe hours, before the contact expires. The text is the neutral {@code results.sms} template in
 * her language with the contact's published percent; the contact follows what became of it.
 */
@ApplicationScoped
public class ResultsPurpose implements OutboxPurpose {

    /** The template of the results message in {@code messages/outreach_*.properties}. */
    public static final String TEMPLATE = "results.sms";

    private final DoNotContactService doNotContact;
    private final OutreachTemplates templates;

    public ResultsPurpose(DoNotContactService doNotContact, OutreachTemplates templates) {
        this.doNotContact = doNotContact;
        this.templates = templates;
    }

    @Override
    public OutboxMessage.Kind kind() {
        return OutboxMessage.Kind.RESULTS;
    }

    /**
     * The gates for her now. Throws when her record or do-not-contact cannot be read, so that
     * nothing is sent (fail closed).
     */
    ContactDecision decide(Survivor s, Instant expiresAt, Instant now) {
        return ContactGate.decide(
                ContactFacts.forPurpose(
                        s,
                        ContactGate.consentsToSms(s),
                        s.consentResults,
                        doNotContact.containsStored(s.phoneCiphertext, s.phoneIndex),
                        expiresAt),
                now);
    }

    @Override
    public ContactDecision decide(long subjectId, Instant now) {
        ResultsContact contact = ResultsContact.findById(subjectId);
        if (contact == null || !ResultsContactStatus.PENDING.contains(contact.status)) {
            // stopped since it was queued (its queued message is cancelled with it)
            return new ContactDecision(
                    ContactDecision.Verdict.STOP, null, InvitationReason.CONSENT_WITHDRAWN);
        }
        return decide(Survivor.findById(contact.survivorId), contact.expiresAt, now);
    }

    @Override
    public Content compose(long subjectId, OutboxMessage message, Instant now) {
        ResultsContact contact = ResultsContact.findById(subjectId);
        return Content.sms(
                templates.renderShare(TEMPLATE, contact.language, contact.satisfiedPercent));
    }

    @Override
    public void waiting(long subjectId, ContactDecision decision, Instant now) {
        ResultsContact contact = ResultsContact.findById(subjectId);
        contact.status = ResultsContactStatus.WAITING;
        contact.reason = decision.reason().name();
        contact.notBefore = decision.waitUntil();
    }

    @Override
    public void stopped(long subjectId, ContactDecision decision, Instant now) {
        ResultsContact contact = ResultsContact.findById(subjectId);
        if (contact != null && ResultsContactStatus.PENDING.contains(contact.status)) {
            InvitationReason reason = decision.reason();
            contact.status =
                    reason == InvitationReason.EXPIRED || reason == InvitationReason.NO_SAFE_WINDOW
                            ? ResultsContactStatus.EXPIRED
                            : ResultsContactStatus.CANCELLED;
            contact.reason = reason.name();
        }
    }

    @Override
    public void accepted(long subjectId, String providerMessageId, Instant now) {
        ResultsContact contact = ResultsContact.findById(subjectId);
        contact.status = ResultsContactStatus.SENT;
        contact.reason = null;
        contact.sentAt = now;
    }

    @Override
    public void failed(long subjectId, String errorCode, Instant now) {
        ResultsContact contact = ResultsContact.findById(subjectId);
        contact.status = ResultsContactStatus.FAILED;
        contact.reason = InvitationReason.DELIVERY_FAILED.name();
    }
}
