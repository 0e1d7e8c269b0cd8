package org.survivorvoice.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ContactFacts;
import org.survivorvoice.outreach.invitation.ContactGate;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.survivor.SafeWindow;

/**
 * Invitations to rate the demo's encounters, as the outreach module would have sent them: one when
 * the encounter is logged, on the richest channel her consent allows (a link by SMS, an SMS
 * conversation, then an IVR call), sent at once or at the next opening of her safe window as the
 * real {@link ContactGate} decides, with one reminder three days on and expiry after fourteen days
 * (the defaults of {@code survivor-voice.outreach}). A rated encounter's invitation is answered; an
 * unrated one's expires, or is still open when it went out less than fourteen days before today.
 *
 * <p>The demo writes no outbox, so an encounter whose invitation would go out only today or later
 * gets none: a waiting invitation without its queued message would never be sent.
 */
final class InvitationModel {

    /** How long an invitation stays valid ({@code survivor-voice.outreach.token-validity}). */
    static final Duration VALIDITY = Duration.ofDays(14);

    /** When the reminder goes out ({@code survivor-voice.outreach.reminder-after}). */
    static final Duration REMINDER_AFTER = Duration.ofDays(3);

    /** Share of invitations the gateway refuses on every attempt. */
    private static final double DELIVERY_FAILURE = 0.02;

    /** How long the six attempts of a failing message span (outbox back-off). */
    private static final Duration ATTEMPTS_SPAN = Duration.ofHours(1);

    private final List<DemoSurvivor> survivors;
    private final ZoneId zone;
    private final Instant now;
    private final SplittableRandom random;

    /**
     * @param now the start of the day the programme is seen from: nothing happens after it
     */
    InvitationModel(
            List<DemoSurvivor> survivors, ZoneId zone, Instant now, SplittableRandom random) {
        this.survivors = survivors;
        this.zone = zone;
        this.now = now;
        this.random = random;
    }

    /**
     * What happens to the invitation of an encounter logged at {@code loggedAt}, before anyone
     * knows whether she will rate it.
     *
     * @param encounter the encounter it invites her to rate
     * @param loggedAt when the encounter was logged and the invitation made
     * @param channel the channel, or null when she consented to none
     * @param sendAt when it goes out, or null when it never may
     * @param stop why it never goes out, when it does not
     * @param fails whether the gateway refuses it
     */
    record Plan(
            DemoEncounter encounter,
            Instant loggedAt,
            InvitationChannel channel,
            Instant sendAt,
            InvitationReason stop,
            boolean fails) {

        /** Whether it reached her phone before the moment. */
        boolean deliveredBefore(Instant moment) {
            return sendAt != null && !fails && sendAt.isBefore(moment);
        }

        /**
         * The channel a rating made at {@code ratedAt} arrived on, given the one picked for it: a
         * field worker's (assisted, paper) stays; a remote one is the invitation's own when it
         * reached her before, since only an invitation ties a remote rating to an encounter, and
         * else a field worker entered it with her.
         */
        Channel ratedThrough(Channel picked, Instant ratedAt) {
            if (picked == Channel.ASSISTED || picked == Channel.PAPER) {
                return picked;
            }
            return deliveredBefore(ratedAt) ? answeredOn(channel) : Channel.ASSISTED;
        }
    }

    /** Plans the invitation of an encounter; null when it would go out only today or later. */
    Plan plan(DemoEncounter encounter) {
        Instant loggedAt = encounter.outcomeChangedAt();
        DemoSurvivor s = survivors.get(encounter.survivorIndex());
        boolean fails = random.nextDouble() < DELIVERY_FAILURE;
        long dispatchDelay = 5 + random.nextInt(55);
        InvitationChannel channel = channelFor(s, loggedAt);
        if (channel == null) {
            return new Plan(encounter, loggedAt, null, null, InvitationReason.NO_CONSENT, false);
        }
        SafeWindow window = new SafeWindow(s.safeFrom(), s.safeTo(), zone);
        ContactDecision decision =
                ContactGate.decide(
                        new ContactFacts(
                                true, true, true, false, false, window, loggedAt.plus(VALIDITY)),
                        loggedAt);
        Instant sendAt =
                switch (decision.verdict()) {
                    case SEND -> loggedAt;
                    case WAIT -> decision.waitUntil();
                    case STOP -> null;
                };
        if (sendAt == null) {
            return new Plan(encounter, loggedAt, channel, null, decision.reason(), false);
        }
        // the dispatcher runs every 30 seconds; stay inside the window it checked
        Instant dispatched = sendAt.plusSeconds(dispatchDelay);
        if (window.contains(dispatched)) {
            sendAt = dispatched;
        }
        if (!sendAt.plus(fails ? ATTEMPTS_SPAN : Duration.ZERO).isBefore(now)) {
            return null;
        }
        return new Plan(encounter, loggedAt, channel, sendAt, null, fails);
    }

    /**
     * The invitation as it stands by today.
     *
     * @param ratedAt when the encounter was rated, or null when it was not
     * @param ratedOn the channel the rating arrived on, or null
     */
    DemoInvitation invitation(Plan plan, Instant ratedAt, Channel ratedOn) {
        Instant expires = plan.loggedAt().plus(VALIDITY);
        if (plan.sendAt() == null) {
            InvitationStatus status =
                    plan.channel() == null
                            ? InvitationStatus.SKIPPED
                            : plan.stop() == InvitationReason.NO_SAFE_WINDOW
                                    ? InvitationStatus.EXPIRED
                                    : InvitationStatus.CANCELLED;
            return closed(plan, status, plan.stop(), expires, plan.loggedAt());
        }
        if (ratedAt != null && !ratedAt.isAfter(plan.sendAt())) {
            // rated with a field worker before it went out: the dispatcher stops it
            return closed(
                    plan,
                    InvitationStatus.ANSWERED,
                    InvitationReason.ALREADY_RATED,
                    expires,
                    plan.sendAt());
        }
        if (plan.fails()) {
            return closed(
                    plan,
                    InvitationStatus.CANCELLED,
                    InvitationReason.DELIVERY_FAILED,
                    expires,
                    plan.sendAt().plus(ATTEMPTS_SPAN));
        }
        Instant sent = plan.sendAt();
        Instant reminder = sent.plus(REMINDER_AFTER);
        if (ratedAt != null && ratedOn == answeredOn(plan.channel())) {
            // she answered the invitation itself, which closes it at once
            boolean reminded = reminder.isBefore(ratedAt);
            return sent(plan, InvitationStatus.ANSWERED, null, expires, reminded, ratedAt);
        }
        if (ratedAt != null && ratedAt.isBefore(reminder)) {
            // rated with a field worker: the sweep finds the rating when the reminder falls due
            return reminder.isBefore(now)
                    ? sent(plan, InvitationStatus.ANSWERED, null, expires, false, reminder)
                    : sent(plan, InvitationStatus.SENT, null, expires, false, sent);
        }
        boolean reminded = reminder.isBefore(now);
        if (expires.isBefore(now)) {
            return ratedAt != null
                    ? sent(plan, InvitationStatus.ANSWERED, null, expires, reminded, expires)
                    : sent(
                            plan,
                            InvitationStatus.EXPIRED,
                            InvitationReason.EXPIRED,
                            expires,
                            reminded,
                            expires);
        }
        return sent(
                plan, InvitationStatus.SENT, null, expires, reminded, reminded ? reminder : sent);
    }

    /** The richest channel her consent allowed at the moment (InvitationService.channelFor). */
    static InvitationChannel channelFor(DemoSurvivor s, Instant at) {
        boolean reporting = s.consentReporting() || at.isBefore(s.consentChangedAt());
        if (!reporting) {
            return null;
        }
        if (s.consentSms() && s.consentWebLink()) {
            return InvitationChannel.SMS_LINK;
        }
        if (s.consentSms()) {
            return InvitationChannel.SMS_CONVERSATION;
        }
        if (s.consentIvr() && s.ivrPin() >= 0) {
            return InvitationChannel.IVR_CALL;
        }
        return null;
    }

    /** The channel a rating made through an invitation arrives on. */
    static Channel answeredOn(InvitationChannel channel) {
        return switch (channel) {
            case SMS_LINK -> Channel.WEB;
            case SMS_CONVERSATION -> Channel.SMS;
            case IVR_CALL -> Channel.IVR;
        };
    }

    private DemoInvitation closed(
            Plan plan,
            InvitationStatus status,
            InvitationReason reason,
            Instant expires,
            Instant changed) {
        DemoEncounter e = plan.encounter();
        return new DemoInvitation(
                e.index(),
                e.survivorIndex(),
                e.providerIndex(),
                plan.channel(),
                status,
                reason,
                survivors.get(e.survivorIndex()).language(),
                plan.loggedAt(),
                expires,
                null,
                null,
                0,
                null,
                changed);
    }

    private DemoInvitation sent(
            Plan plan,
            InvitationStatus status,
            InvitationReason reason,
            Instant expires,
            boolean reminded,
            Instant changed) {
        DemoEncounter e = plan.encounter();
        Instant sent = plan.sendAt();
        return new DemoInvitation(
                e.index(),
                e.survivorIndex(),
                e.providerIndex(),
                plan.channel(),
                status,
                reason,
                survivors.get(e.survivorIndex()).language(),
                plan.loggedAt(),
                expires,
                sent,
                Quarter.of(sent.atZone(zone).toLocalDate()).toString(),
                reminded ? 1 : 0,
                reminded ? sent.plus(REMINDER_AFTER) : sent,
                changed);
    }
}
