package org.survivorvoice.outreach.followup;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ContactGate;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.NewOutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxService;
import org.survivorvoice.privacy.DoNotContactAdded;
import org.survivorvoice.response.ProviderResponse;
import org.survivorvoice.response.ResponseCompleted;
import org.survivorvoice.survivor.ConsentChanged;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorExited;

/**
 * Survivors confirm the change: when a response is marked DONE, each survivor who rated its
 * provider in the window ({@link FollowUpQueries#recipients}) gets one neutral follow-up through
 * the outbox ({@link FollowUpPurpose}), on an SMS conversation if she consents to SMS, else a call
 * if she consents to calls and has a PIN, else none (SKIPPED, NO_CONSENT). The outreach gates
 * decide as for invitations ({@link ContactGate}): do-not-contact skips, outside her safe hours it
 * waits for her window. Her answer (1 yes, 2 a little, 3 no) is kept once, with its time; withdrawn
 * consent, do-not-contact and leaving the programme stop what has not gone out.
 */
@ApplicationScoped
public class FollowUpService {

    private final FollowUpQueries queries;
    private final FollowUpPurpose purpose;
    private final OutboxService outbox;
    private final OutreachConfig config;
    private final Clock clock;

    public FollowUpService(
            FollowUpQueries queries,
            FollowUpPurpose purpose,
            OutboxService outbox,
            OutreachConfig config,
            Clock clock) {
        this.queries = queries;
        this.purpose = purpose;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** A response was marked done: one follow-up per survivor who rated its provider. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCompleted(@Observes ResponseCompleted event) {
        followUp(event.responseId(), event.providerId(), event.period(), event.at());
    }

    /**
     * Creates the response's follow-ups at {@code now}, once per survivor: a second call changes
     * nothing.
     *
     * @return how many were created
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int followUp(long responseId, long providerId, String period, Instant now) {
        ProviderResponse response = ProviderResponse.findById(responseId);
        int created = 0;
        for (long survivorId : queries.recipients(providerId, Quarter.parse(period))) {
            if (FollowUp.count("response.id = ?1 and survivor.id = ?2", responseId, survivorId)
                    == 0) {
                create(response, Survivor.findById(survivorId), now);
                created++;
            }
        }
        Log.infof("Response %d done: %d follow-ups", responseId, created);
        return created;
    }

    /**
     * Keeps her answer to the follow-up (1 yes, 2 a little, 3 no), once: a replay or a second
     * answer changes nothing.
     *
     * @return whether this answer was kept
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean answer(long followUpId, int answer, Instant now) {
        if (answer < 1 || answer > 3) {
            throw new IllegalArgumentException("follow-up answers are 1-3");
        }
        FollowUp f = FollowUp.findById(followUpId);
        if (f == null || f.status != FollowUpStatus.SENT || f.answer != null) {
            return false;
        }
        f.answer = answer;
        f.answeredAt = now;
        f.status = FollowUpStatus.ANSWERED;
        Log.infof("Follow-up %d answered", f.id);
        return true;
    }

    /** Ends follow-ups whose validity ran out: pending ones are not sent, sent ones unanswered. */
    @Transactional
    public int expire(Instant now) {
        List<FollowUp> ended =
                FollowUp.<FollowUp>find(
                                "status in ?1 and expiresAt <= ?2",
                                List.of(
                                        FollowUpStatus.WAITING,
                                        FollowUpStatus.QUEUED,
                                        FollowUpStatus.SENT),
                                now)
                        .page(0, 500)
                        .list();
        for (FollowUp f : ended) {
            outbox.cancelQueued(OutboxMessage.Kind.FOLLOW_UP, f.id, now);
            f.status = FollowUpStatus.EXPIRED;
            f.reason = InvitationReason.EXPIRED;
        }
        return ended.size();
    }

    /** Stops her pending follow-ups on a channel she no longer consents to. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentChanged(@Observes ConsentChanged event) {
        for (FollowUp f : pendingOf(List.of(event.survivorId()))) {
            if (!f.survivor.consentReporting || !consents(f.survivor, f.channel)) {
                stop(f, InvitationReason.CONSENT_WITHDRAWN);
            }
        }
    }

    /** Stops every pending follow-up of a survivor who left the programme. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSurvivorExited(@Observes SurvivorExited event) {
        for (FollowUp f : pendingOf(List.of(event.survivorId()))) {
            stop(f, InvitationReason.NOT_ENROLLED);
        }
    }

    /** Stops every pending follow-up to a phone put on do-not-contact (STOP, 9 on a call). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onDoNotContact(@Observes DoNotContactAdded event) {
        List<Long> survivors =
                Survivor.<Survivor>list("phoneIndex in ?1", event.phoneIndexes()).stream()
                        .map(s -> s.id)
                        .toList();
        if (!survivors.isEmpty()) {
            for (FollowUp f : pendingOf(survivors)) {
                stop(f, InvitationReason.DO_NOT_CONTACT);
            }
        }
    }

    private void create(ProviderResponse response, Survivor s, Instant now) {
        FollowUp f = new FollowUp();
        f.response = response;
        f.survivor = s;
        f.language = s.language;
        f.expiresAt = now.plus(config.followUpValidity());
        f.channel = channelFor(s);
        if (f.channel == null) {
            f.status = FollowUpStatus.SKIPPED;
            f.reason = InvitationReason.NO_CONSENT;
            f.persist();
            return;
        }
        ContactDecision decision = purpose.decide(f, now);
        switch (decision.verdict()) {
            case SEND -> f.status = FollowUpStatus.QUEUED;
            case WAIT -> {
                f.status = FollowUpStatus.WAITING;
                f.reason = decision.reason();
                f.notBefore = decision.waitUntil();
            }
            case STOP -> {
                f.status = FollowUpStatus.SKIPPED;
                f.reason = decision.reason();
            }
        }
        f.persist();
        if (decision.verdict() != ContactDecision.Verdict.STOP) {
            outbox.enqueue(
                    new NewOutboxMessage(
                            OutboxMessage.Kind.FOLLOW_UP,
                            f.id,
                            s.id,
                            f.channel.outboxChannel(),
                            f.channel.templateKey(),
                            f.language,
                            1),
                    decision.isSend() ? now : decision.waitUntil());
        }
    }

    private void stop(FollowUp f, InvitationReason reason) {
        Instant now = clock.instant();
        outbox.cancelQueued(OutboxMessage.Kind.FOLLOW_UP, f.id, now);
        f.status = FollowUpStatus.CANCELLED;
        f.reason = reason;
        Log.infof("Follow-up %d stopped: %s", f.id, reason);
    }

    private static List<FollowUp> pendingOf(List<Long> survivorIds) {
        return FollowUp.list(
                "survivor.id in ?1 and status in ?2", survivorIds, FollowUpStatus.PENDING);
    }

    /** An SMS conversation if she consents to SMS, else a call if she may be called, else none. */
    static FollowUpChannel channelFor(Survivor s) {
        if (ContactGate.consentsToSms(s)) {
            return FollowUpChannel.SMS_CONVERSATION;
        }
        return ContactGate.consentsToCalls(s) ? FollowUpChannel.IVR_CALL : null;
    }

    static boolean consents(Survivor s, FollowUpChannel channel) {
        return channel == FollowUpChannel.IVR_CALL
                ? ContactGate.consentsToCalls(s)
                : ContactGate.consentsToSms(s);
    }
}
