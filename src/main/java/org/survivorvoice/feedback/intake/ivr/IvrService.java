package org.survivorvoice.feedback.intake.ivr;

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
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.feedback.intake.ivr.IvrFlow.Effect;
import org.survivorvoice.feedback.intake.ivr.IvrFlow.Transition;
import org.survivorvoice.feedback.intake.sms.SmsActions;
import org.survivorvoice.feedback.intake.twilio.Twiml;
import org.survivorvoice.privacy.DoNotContactRegistry;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;

/**
 * Incoming IVR calls: the state lives in {@code ivr_call} keyed by CallSid and is changed only
 * under a row lock, by a webhook for the call's current step and version; any other request (a
 * replay, a stale redirect) gets the current step's TwiML and changes nothing.
 */
@ApplicationScoped
public class IvrService {

    private final PhoneVault vault;
    private final SmsActions phones;
    private final FeedbackService feedback;
    private final DoNotContactRegistry doNotContact;
    private final IvrTwiml twiml;
    private final Clock clock;

    public IvrService(
            PhoneVault vault,
            SmsActions phones,
            FeedbackService feedback,
            DoNotContactRegistry doNotContact,
            SurvivorMessages messages,
            SurvivorVoiceConfig config,
            IvrConfig ivr,
            Clock clock) {
        this.vault = vault;
        this.phones = phones;
        this.feedback = feedback;
        this.doNotContact = doNotContact;
        this.twiml = new IvrTwiml(messages, config.publicBaseUrl(), ivr.promptBaseUrl());
        this.clock = clock;
    }

    /** The call is answered: its first prompt (the current one when Twilio asks again). */
    @Transactional
    public String answer(String callSid, String from) {
        byte[] phoneIndex = PhoneNumber.parse(from).map(vault::blindIndex).orElse(null);
        IvrCall start = IvrFlow.start(phones.knownLanguage(phoneIndex).orElse(null));
        IvrCallRecord.getEntityManager()
                .createNativeQuery(
                        "INSERT INTO ivr_call (call_sid, phone_index, step, version, retries,"
                                + " notice, language, created_at, updated_at) VALUES (?1, ?2, ?3,"
                                + " 0, 0, 'NONE', ?4, ?5, ?5) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, callSid)
                .setParameter(2, phoneIndex)
                .setParameter(3, start.step().name())
                .setParameter(4, start.language() == null ? null : start.language().code())
                .setParameter(5, clock.instant())
                .executeUpdate();
        IvrCallRecord call = IvrCallRecord.lock(callSid).orElseThrow();
        IvrCall state = call.state();
        return twiml.of(state, state.version() == 0, providerName(state.providerCode()));
    }

    /**
     * Keys pressed (or a timeout, or the end of a recording) at a step.
     *
     * @param digits the keys, null when nothing was pressed
     * @param recordingSid Twilio's id of a recorded comment, if this is the recording's action
     */
    @Transactional
    public String step(
            String callSid, String stepPath, Integer version, String digits, String recordingSid) {
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
            return twiml.of(state, false, providerName(state.providerCode()));
        }
        Transition transition =
                state.step() == IvrStep.COMMENT && (digits == null || digits.isBlank())
                        ? IvrFlow.commentDone(state)
                        : IvrFlow.next(state, digits, code -> Provider.findByCode(code) != null);
        if (state.step() == IvrStep.COMMENT
                && recordingSid != null
                && recordingSid.length() <= 64) {
            call.recordingSid = recordingSid;
        }
        IvrCall next = transition.call();
        call.apply(next);
        if (transition.effect() == Effect.STORE_RATING && call.ratingId == null) {
            call.ratingId = store(next, call.phoneIndex);
        } else if (transition.effect() == Effect.OPT_OUT && call.phoneIndex != null) {
            doNotContact.add(call.phoneIndex, DoNotContactRegistry.Source.IVR);
        }
        Log.infof("IVR call %s: %s -> %s", callSid, state.step(), next.step());
        return twiml.of(next, false, providerName(next.providerCode()));
    }

    private Long store(IvrCall call, byte[] phoneIndex) {
        SmsActions.Rater rater = phones.raterOf(phoneIndex);
        SurvivorLanguage language = call.language() == null ? SurvivorLanguage.EN : call.language();
        return feedback.submit(
                        new RatingSubmission(
                                null,
                                call.providerCode(),
                                rater.survivorId(),
                                rater.raterKey(),
                                Channel.IVR,
                                language.code(),
                                call.answers(),
                                call.moneyAsked(),
                                null,
                                null))
                .id();
    }

    private static String providerName(String code) {
        if (code == null) {
            return null;
        }
        Provider provider = Provider.findByCode(code);
        return provider == null ? null : provider.name;
    }
}
