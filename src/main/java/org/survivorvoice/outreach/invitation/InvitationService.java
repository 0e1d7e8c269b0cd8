package org.survivorvoice.outreach.invitation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.encounter.EncounterInvitations;
import org.survivorvoice.encounter.EncounterLogged;
import org.survivorvoice.encounter.EncounterOutcomeChanged;
import org.survivorvoice.encounter.EncounterRatings;
import org.survivorvoice.encounter.EncounterView.InvitationSummary;
import org.survivorvoice.encounter.RatingStored;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.privacy.DoNotContactAdded;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.survivor.ConsentChanged;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorExited;
import org.survivorvoice.survivor.SurvivorStatus;

/**
 * Invitations to rate encounters: created when an encounter is logged or its outcome becomes
 * RECEIVED or DENIED, on the channel her consent allows, queued in the outbox for the next moment
 * inside her safe hours, or skipped with the reason recorded. Consent, do-not-contact, rating and
 * safe hours are checked again at every send ({@link #decide}); withdrawn consent and
 * do-not-contact also stop pending invitations at once, and a rating of the encounter, through any
 * channel, answers them at once ({@link RatingStored}). The send-time check and the sweep answer
 * only an invitation created while its encounter's rating was being stored in another transaction.
 */
@ApplicationScoped
public class InvitationService implements EncounterInvitations {

    private final DoNotContactService doNotContact;
    private final EncounterRatings ratings;
    private final OutreachConfig config;
    private final Clock clock;
    private final Event<InvitationQueued> queued;
    private final Event<InvitationStopped> stopped;

    public InvitationService(
            DoNotContactService doNotContact,
            EncounterRatings ratings,
            OutreachConfig config,
            Clock clock,
            Event<InvitationQueued> queued,
            Event<InvitationStopped> stopped) {
        this.doNotContact = doNotContact;
        this.ratings = ratings;
        this.config = config;
        this.clock = clock;
        this.queued = queued;
        this.stopped = stopped;
    }

    /**
     * Invites her to rate the encounter on this occasion, once: a second call for the same
     * encounter and occasion changes nothing. An open invitation of an earlier occasion is
     * superseded. Nothing is created for an encounter already rated.
     *
     * @return the state of the encounter's latest invitation, or null when it has none
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationState inviteFor(Encounter encounter, Occasion occasion, Instant now) {
        boolean exists =
                Invitation.count("encounter = ?1 and occasion = ?2", encounter, occasion) > 0;
        if (exists || ratings.isRated(encounter)) {
            return stateOf(encounter.id);
        }
        for (Invitation open : Invitation.openOf(encounter.id)) {
            open.close(InvitationStatus.SUPERSEDED, null);
            stopped.fire(new InvitationStopped(open.id, now));
        }
        Survivor survivor = encounter.survivor;
        Invitation invitation = new Invitation();
        invitation.encounter = encounter;
        invitation.survivor = survivor;
        invitation.provider = encounter.provider;
        invitation.district = encounter.district;
        invitation.occasion = occasion;
        invitation.language = survivor.language;
        invitation.expiresAt = now.plus(config.tokenValidity());
        invitation.channel = channelFor(survivor);
        if (invitation.channel == null) {
            invitation.close(InvitationStatus.SKIPPED, InvitationReason.NO_CONSENT);
            invitation.persist();
            return InvitationState.of(invitation);
        }
        ContactDecision decision = ContactGate.decide(factsOf(invitation), now);
        switch (decision.verdict()) {
            case SEND -> invitation.status = InvitationStatus.QUEUED;
            case WAIT -> {
                invitation.status = InvitationStatus.WAITING;
                invitation.reason = decision.reason();
                invitation.notBefore = decision.waitUntil();
            }
            case STOP -> invitation.close(InvitationStatus.SKIPPED, decision.reason());
        }
        invitation.persist();
        if (decision.verdict() != ContactDecision.Verdict.STOP) {
            Instant at = decision.isSend() ? now : decision.waitUntil();
            queued.fire(new InvitationQueued(invitation, at));
        }
        Log.infof(
                "Invitation %d for encounter %d: %s %s%s",
                invitation.id,
                encounter.id,
                invitation.channel,
                invitation.status,
                invitation.reason == null ? "" : " (" + invitation.reason + ")");
        return InvitationState.of(invitation);
    }

    /** The state of the encounter's latest invitation, or null when it has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationState stateOf(long encounterId) {
        Invitation latest = Invitation.latestOf(encounterId);
        return latest == null ? null : InvitationState.of(latest);
    }

    /** The encounter's latest invitation as the encounter's answer shows it. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InvitationSummary> latestOf(long encounterId) {
        return Optional.ofNullable(Invitation.latestOf(encounterId))
                .map(
                        i ->
                                new InvitationSummary(
                                        i.channel == null ? null : i.channel.name(),
                                        i.status.name(),
                                        i.reason == null ? null : i.reason.name()));
    }

    /**
     * Reads consent, do-not-contact, rating and safe hours now and decides. Throws when any of them
     * cannot be read; the caller must then send nothing (fail closed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContactDecision decide(Invitation invitation, Instant now) {
        return ContactGate.decide(factsOf(invitation), now);
    }

    /** A logged encounter: she is invited to rate it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onLogged(@Observes EncounterLogged event) {
        Encounter encounter = event.encounter();
        inviteFor(encounter, Occasion.LOGGED, encounter.outcomeChangedAt);
    }

    /** A new outcome: invited again when the outcome calls for it (RECEIVED, DENIED). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onOutcomeChanged(@Observes EncounterOutcomeChanged event) {
        Encounter encounter = event.encounter();
        Occasion occasion = Occasion.ofOutcome(encounter.outcome);
        if (occasion != null) {
            inviteFor(encounter, occasion, encounter.outcomeChangedAt);
        }
    }

    /**
     * The encounter was rated, through whichever channel: its open invitations are answered and
     * nothing queued for them goes out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onRatingStored(@Observes RatingStored event) {
        Instant now = clock.instant();
        for (Invitation invitation : Invitation.openOf(event.encounter().id)) {
            stopped.fire(new InvitationStopped(invitation.id, now));
            invitation.close(InvitationStatus.ANSWERED, null);
            Log.infof("Invitation %d answered by a %s rating", invitation.id, event.channel());
        }
    }

    /** Stops her pending invitations on channels she no longer consents to. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentChanged(@Observes ConsentChanged event) {
        Instant now = clock.instant();
        for (Invitation invitation : openOfSurvivors(List.of(event.survivorId()))) {
            if (!consents(invitation.survivor, invitation.channel)) {
                stop(invitation, InvitationReason.NO_CONSENT, now);
            }
        }
    }

    /** Stops every pending invitation of a survivor who left the programme. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSurvivorExited(@Observes SurvivorExited event) {
        Instant now = clock.instant();
        for (Invitation invitation : openOfSurvivors(List.of(event.survivorId()))) {
            stop(invitation, InvitationReason.NOT_ENROLLED, now);
        }
    }

    /** Stops every pending invitation to a phone put on do-not-contact. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onDoNotContact(@Observes DoNotContactAdded event) {
        Instant now = clock.instant();
        List<Long> survivors =
                Survivor.<Survivor>list("phoneIndex in ?1", event.phoneIndexes()).stream()
                        .map(s -> s.id)
                        .toList();
        if (!survivors.isEmpty()) {
            for (Invitation invitation : openOfSurvivors(survivors)) {
                stop(invitation, InvitationReason.DO_NOT_CONTACT, now);
            }
        }
    }

    /**
     * Cancels what has not gone out. An invitation already sent stays answerable through what she
     * holds (her using a link is her contacting us), but gets no reminder.
     */
    private void stop(Invitation invitation, InvitationReason reason, Instant now) {
        stopped.fire(new InvitationStopped(invitation.id, now));
        if (invitation.status != InvitationStatus.SENT) {
            invitation.close(InvitationStatus.CANCELLED, reason);
        } else {
            invitation.remindersSent = Math.max(invitation.remindersSent, config.reminders());
        }
        Log.infof("Invitation %d stopped: %s", invitation.id, reason);
    }

    private static List<Invitation> openOfSurvivors(List<Long> survivorIds) {
        return Invitation.list(
                "survivor.id in ?1 and status in ?2", survivorIds, InvitationStatus.OPEN);
    }

    private ContactFacts factsOf(Invitation invitation) {
        Survivor s = invitation.survivor;
        return new ContactFacts(
                s.status == SurvivorStatus.ENROLLED,
                consents(s, invitation.channel),
                s.consentReporting,
                doNotContact.containsStored(s.phoneCiphertext, s.phoneIndex),
                ratings.isRated(invitation.encounter),
                s.safeWindow(),
                invitation.expiresAt);
    }

    /**
     * The richest channel her consent allows: a link by SMS (needs SMS and web-link consent), an
     * SMS conversation, then a call (needs a PIN). None without consent to her ratings being used:
     * asking for a rating that may not count would be contact without purpose.
     */
    static InvitationChannel channelFor(Survivor s) {
        if (!s.consentReporting) {
            return null;
        }
        for (InvitationChannel channel : InvitationChannel.values()) {
            if (consents(s, channel)) {
                return channel;
            }
        }
        return null;
    }

    private static boolean consents(Survivor s, InvitationChannel channel) {
        return switch (channel) {
            case SMS_LINK -> ContactGate.consentsToSms(s) && s.consentWebLink;
            case SMS_CONVERSATION -> ContactGate.consentsToSms(s);
            case IVR_CALL -> ContactGate.consentsToCalls(s);
        };
    }
}
