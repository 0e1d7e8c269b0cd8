package org.survivorvoice.outreach.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.survivorvoice.outreach.followup.FollowUpPurpose;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ContactFacts;
import org.survivorvoice.outreach.invitation.ContactGate;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.survivor.Survivor;

/**
 * A test purpose that proves the outbox machinery for messages that are not invitations: its
 * subject is the survivor id, its gates are the real ones ({@link ContactGate} on her record now),
 * and it records what the outbox told it. Subjects marked {@link #markUnreadable} make {@link
 * #decide} throw, as a purpose must when consent cannot be read. Installed in place of the
 * follow-up purpose for one test ({@code QuarkusMock.installMockForType}), so it is one too.
 */
public class RecordingPurpose extends FollowUpPurpose {

    /** What the outbox told the purpose about a subject. */
    public record Heard(long subjectId, String what, String detail) {}

    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final Map<Long, Boolean> unreadable = new ConcurrentHashMap<>();

    private final DoNotContactService doNotContact;

    public RecordingPurpose(DoNotContactService doNotContact) {
        super(null, null, null);
        this.doNotContact = doNotContact;
    }

    @Override
    public OutboxMessage.Kind kind() {
        return OutboxMessage.Kind.FOLLOW_UP;
    }

    @Override
    public ContactDecision decide(long subjectId, Instant now) {
        if (unreadable.getOrDefault(subjectId, false)) {
            throw new IllegalStateException("consent unreadable");
        }
        Survivor s = Survivor.findById(subjectId);
        return ContactGate.decide(
                ContactFacts.forPurpose(
                        s,
                        ContactGate.consentsToSms(s),
                        s.consentReporting,
                        doNotContact.contains(s.phoneIndex),
                        now.plusSeconds(30 * 86_400)),
                now);
    }

    @Override
    public Content compose(long subjectId, OutboxMessage message, Instant now) {
        heard.add(new Heard(subjectId, "compose", message.templateKey));
        return Content.sms("Test purpose message " + message.language);
    }

    @Override
    public void waiting(long subjectId, ContactDecision decision, Instant now) {
        heard.add(new Heard(subjectId, "waiting", decision.reason().name()));
    }

    @Override
    public void stopped(long subjectId, ContactDecision decision, Instant now) {
        heard.add(new Heard(subjectId, "stopped", decision.reason().name()));
    }

    @Override
    public void accepted(long subjectId, String providerMessageId, Instant now) {
        heard.add(new Heard(subjectId, "accepted", providerMessageId));
    }

    @Override
    public void failed(long subjectId, String errorCode, Instant now) {
        heard.add(new Heard(subjectId, "failed", errorCode));
    }

    /** From now on, reading the subject's consent fails. */
    public void markUnreadable(long subjectId) {
        unreadable.put(subjectId, true);
    }

    /** What it heard of one subject, in order. */
    public List<String> of(long subjectId) {
        return heard.stream()
                .filter(h -> h.subjectId() == subjectId)
                .map(h -> h.what() + ":" + h.detail())
                .toList();
    }
}
