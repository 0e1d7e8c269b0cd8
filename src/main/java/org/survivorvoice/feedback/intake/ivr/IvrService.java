package org.survivorvoice.feedback.intake.ivr;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.feedback.intake.PhoneRater;
import org.survivorvoice.feedback.intake.Twiml;
import org.survivorvoice.feedback.intake.ivr.IvrFlow.Effect;
import org.survivorvoice.feedback.intake.ivr.IvrFlow.Transition;
import org.survivorvoice.feedback.intake.sms.SmsActionService;
import org.survivorvoice.outreach.followup.FollowUpService;
import org.survivorvoice.outreach.invitation.CallRequest;
import org.survivorvoice.outreach.invitation.CallRequestService;
import org.survivorvoice.outreach.invitation.PlacedCall;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.safetydesk.SafetyCheck;

/**
 * IVR calls, incoming and placed for an invitation or a follow-up of a response (found through
 * {@link CallRequestService} by CallSid; a follow-up's answer goes to {@link FollowUpService}): the
 * state lives in {@code ivr_call} keyed by CallSid and is changed only under a row lock, by a
 * webhook for the call's current step and version; any other request (a replay, a stale redirect)
 * gets the current step's TwiML and changes nothing.
 *
 * <p>0 pressed (at any step of an incoming call, after the PIN on a call we placed) hands the
 * safety desk a request to be called back ({@link CallbackRequests}, {@link
 * SafetyCheck#ofCallback}) in the transaction of that webhook, so a replayed webhook, which changes
 * nothing, opens no second case. The caller's number (Twilio's {@code From}, checked against the
 * call's blind index) goes with it, and with a rating of an incoming call, only when no enrolled
 * survivor is known: it is never stored by the IVR log.
 */
@ApplicationScoped
public class IvrService {

    private final PhoneVault vault;
    private final SmsActionService phones;
    private final FeedbackService feedback;
    private final DoNotContactService doNotContact;
    private final IvrTwiml twiml;
    private final CallRequestService callRequests;
    private final FollowUpService followUps;
    private final CallbackRequests callbacks;
    private final Clock clock;

    public IvrService(
            PhoneVault vault,
            SmsActionService phones,
            FeedbackService feedback,
            DoNotContactService doNotContact,
            SurvivorMessages messages,
            SurvivorVoiceConfig config,
            IvrConfig ivr,
            CallRequestService callRequests,
            FollowUpService followUps,
            CallbackRequests callbacks,
            Clock clock) {
        this.followUps = followUps;
        this.callbacks = callbacks;
        this.vault = vault;
        this.phones = phones;
        this.feedback = feedback;
        this.doNotContact = doNotContact;
        this.twiml = new IvrTwiml(messages, config.publicBaseUrl(), ivr.promptBaseUrl());
        this.callRequests = callRequests;
        this.clock = clock;
    }

    /**
     * The call is answered: its first prompt (the current one when Twilio asks again). A call the
     * outbox placed for an invitation starts with the neutral greeting and the PIN; a call we
     * placed that is not (yet) known as one is hung up on rather than treated as incoming.
     */
    @Transactional
    public String answer(String callSid, String from, String direction) {
        Optional<PlacedCall> placed = callRequests.findByCallSid(callSid);
        byte[] phoneIndex;
        IvrCall start;
        Long callRequestId = null;
        if (placed.isPresent()) {
            CallRequest request = CallRequest.findById(placed.get().callRequestId());
            phoneIndex = request.survivor.phoneIndex;
            callRequestId = request.id;
            start =
                    IvrFlow.startInvited(
                            SurvivorLanguage.fromCodeOrEnglish(request.language),
                            request.isFollowUp() ? null : request.encounter.provider.code);
        } else if (direction != null && direction.startsWith("outbound")) {
            Log.warnf("IVR call %s: an outbound call with no call request, hung up", callSid);
            return Twiml.hangUp();
        } else {
            Optional<PhoneNumber> caller = PhoneNumber.parse(from);
            phoneIndex = caller.map(vault::blindIndex).orElse(null);
            start =
                    IvrFlow.start(
                            caller.map(vault::lookupIndexes)
                                    .flatMap(phones::knownLanguage)
                                    .orElse(null));
        }
        IvrCallRecord.getEntityManager()
                .createNativeQuery(
                        "INSERT INTO ivr_call (call_sid, phone_index, step, version, retries,"
                                + " notice, language, provider_code, call_request_id, created_at,"
                                + " updated_at) VALUES (?1, ?2, ?3, 0, 0, 'NONE', ?4, ?5, ?6, ?7,"
                                + " ?7) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, callSid)
                .setParameter(2, phoneIndex)
                .setParameter(3, start.step().name())
                .setParameter(4, start.language() == null ? null : start.language().code())
                .setParameter(5, start.providerCode())
                .setParameter(6, callRequestId)
                .setParameter(7, clock.instant())
                .executeUpdate();
        IvrCallRecord call = IvrCallRecord.lock(callSid).orElseThrow();
        IvrCall state = call.state();
        return twiml.of(state, state.version() == 0, readBack(call, state));
    }

    /**
     * The call ended (Twilio's call-status callback said so): a call left before its last step is
     * over, and the answers already given are kept as a rating when none was stored yet.
     *
     * @param from the caller as the callback names her (Twilio's {@code From})
     */
    @Transactional
    public void ended(String callSid, String from) {
        Optional<IvrCallRecord> found = IvrCallRecord.lock(callSid);
        if (found.isEmpty()) {
            return;
        }
        IvrCallRecord call = found.get();
        IvrCall state = call.state();
        Transition transition = IvrFlow.hungUp(state);
        call.apply(transition.call());
        if (transition.effect() == Effect.STORE_RATING && call.ratingId == null) {
            call.ratingId = store(call, transition.call(), callbacks.caller(call, from));
        }
        if (call.isInvited()) {
            CallRequest request = CallRequest.findById(call.callRequestId);
            request.state = CallRequest.State.DONE;
        }
        if (state.step() != transition.call().step()) {
            Log.infof("IVR call %s ended at %s", callSid, state.step());
        }
    }

    /**
     * Keys pressed (or a timeout, or the end of a recording) at a step.
     *
     * @param digits the keys, null when nothing was pressed
     * @param recordingSid Twilio's id of a recorded comment, if this is the recording's action
     * @param from the caller as the request names her (Twilio's {@code From})
     */
    @Transactional
    public String step(
            String callSid,
            String stepPath,
            Integer version,
            String digits,
            String recordingSid,
            String from) {
        Optional<IvrCallRecord> found = IvrCallRecord.lock(callSid);
        if (found.isEmpty()) {
            return Twiml.hangUp();
        }
        IvrCallRecord call = found.get();
        IvrCall state = call.state();
        Optional<IvrStep> step = IvrStep.fromPath(stepPath);
        if (step.isEmpty()
                || step.get() != state.step()
                || version == null
                || version != state.version()) {
            Log.infof("IVR call %s: replayed or stale step %s ignored", callSid, stepPath);
            return twiml.of(state, false, readBack(call, state));
        }
        Transition transition;
        CallRequest placed = call.isInvited() ? CallRequest.findById(call.callRequestId) : null;
        if (placed != null && placed.isFollowUp()) {
            transition = IvrFlow.nextFollowUp(state, digits, pin -> pinMatches(call, pin));
        } else if (placed != null) {
            transition = IvrFlow.nextInvited(state, digits, pin -> pinMatches(call, pin));
        } else if (state.step() == IvrStep.COMMENT && (digits == null || digits.isBlank())) {
            transition = IvrFlow.commentDone(state);
        } else {
            transition = IvrFlow.next(state, digits, code -> Provider.findByCode(code) != null);
        }
        if (state.step() == IvrStep.COMMENT
                && recordingSid != null
                && recordingSid.length() <= 64) {
            call.recordingSid = recordingSid;
        }
        IvrCall next = transition.call();
        call.apply(next);
        if (transition.effect().storesRating() && call.ratingId == null) {
            call.ratingId = store(call, next, callbacks.caller(call, from));
        }
        if (transition.effect().requestsCallback()) {
            callbacks.request(call, next, placed, callbacks.caller(call, from));
        } else if (transition.effect() == Effect.OPT_OUT && call.phoneIndex != null) {
            PhoneNumber caller = callbacks.caller(call, from);
            if (caller != null) {
                doNotContact.add(caller, DoNotContactService.Source.IVR);
            } else {
                doNotContact.add(call.phoneIndex, DoNotContactService.Source.IVR);
            }
        } else if (transition.effect() == Effect.KEEP_FOLLOW_UP_ANSWER) {
            placed.state = CallRequest.State.DONE;
            followUps.answer(placed.followUpId, digits.strip().charAt(0) - '0', clock.instant());
        }
        Log.infof("IVR call %s: %s -> %s", callSid, state.step(), next.step());
        return twiml.of(next, false, readBack(call, next));
    }

    /**
     * Stores the rating the call holds. An incoming call rates the provider whose code she entered,
     * as her phone's rater; a call placed for an invitation rates its encounter, verified, and
     * stores nothing when the encounter was rated through another channel meanwhile (one rating per
     * encounter), which the call does not say.
     */
    private Long store(IvrCallRecord record, IvrCall call, PhoneNumber caller) {
        CallRequest request = null;
        if (record.isInvited()) {
            request = CallRequest.findById(record.callRequestId);
            request.state = CallRequest.State.DONE;
            if (Rating.existsForEncounter(request.encounter.id)) {
                Log.infof("IVR call %s: encounter already rated, nothing stored", record.callSid);
                return null;
            }
        }
        SurvivorLanguage language = call.language() == null ? SurvivorLanguage.EN : call.language();
        RatingAnswers answers = RatingAnswers.of(call.answers(), call.moneyAsked());
        if (request != null) {
            return feedback.submit(
                            RatingSubmission.ofEncounter(
                                    request.encounter.id,
                                    request.survivor.id,
                                    Channel.IVR,
                                    language.code(),
                                    answers))
                    .id();
        }
        PhoneRater rater =
                caller != null
                        ? PhoneRater.of(vault.lookupIndexes(caller))
                        : PhoneRater.of(record.phoneIndex);
        return feedback.submit(
                        RatingSubmission.ofProvider(
                                        call.providerCode(), Channel.IVR, language.code(), answers)
                                .by(rater.survivorId(), rater.raterKey())
                                .replyTo(rater.survivorId() == null ? caller : null))
                .id();
    }

    /**
     * Whether the PIN is hers: four digits checked against her bcrypt hash. A hash that cannot be
     * read matches nothing, so the call ends rather than asks without a check.
     */
    private static boolean pinMatches(IvrCallRecord call, String pin) {
        if (pin == null || !pin.matches("[0-9]{4}")) {
            return false;
        }
        String hash = CallRequest.<CallRequest>findById(call.callRequestId).survivor.ivrPinHash;
        try {
            return hash != null && BcryptUtil.matches(pin, hash);
        } catch (RuntimeException e) {
            Log.errorf(
                    "IVR call %s: PIN hash unreadable (%s)", call.callSid, e.getClass().getName());
            return false;
        }
    }

    /** The provider's name to read back: only incoming calls read one (she entered the code). */
    private static String readBack(IvrCallRecord record, IvrCall call) {
        return record.isInvited() ? null : providerName(call.providerCode());
    }

    private static String providerName(String code) {
        if (code == null) {
            return null;
        }
        Provider provider = Provider.findByCode(code);
        return provider == null ? null : provider.name;
    }
}
