package org.survivorvoice.feedback.intake.ivr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.intake.PhoneRater;
import org.survivorvoice.outreach.invitation.CallRequest;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.safetydesk.SafetyCheck;

/**
 * A caller's request to be called back (0 pressed), handed to the safety desk as a {@link
 * SafetyCheck} with source {@code call:<ivr_call id>} inside the transaction of {@link IvrService}
 * that moved the call on, so that the case and the call's new step commit together and a replayed
 * webhook opens nothing. Also says which number a field worker may call back: the caller's, only on
 * an incoming call and only as Twilio names it for this call.
 */
@ApplicationScoped
class CallbackRequests {

    private final PhoneVault vault;
    private final Event<SafetyCheck> safety;

    CallbackRequests(PhoneVault vault, Event<SafetyCheck> safety) {
        this.vault = vault;
        this.safety = safety;
    }

    /**
     * Hands the desk her request: on a call we placed, her survivor (and the invitation's
     * provider); on an incoming call, the phone's survivor when exactly one has it, else the number
     * she called from, and the provider whose code she entered, if any.
     */
    void request(IvrCallRecord record, IvrCall call, CallRequest placed, PhoneNumber caller) {
        String language = (call.language() == null ? SurvivorLanguage.EN : call.language()).code();
        String source = "call:" + record.id;
        if (placed != null) {
            Long providerId =
                    placed.isFollowUp() || placed.encounter == null
                            ? null
                            : placed.encounter.provider.id;
            safety.fire(
                    SafetyCheck.ofCallback(
                            source, CaseChannel.IVR, language, placed.survivor.id, providerId));
            return;
        }
        Long survivorId =
                (caller != null
                                ? PhoneRater.of(vault.lookupIndexes(caller))
                                : PhoneRater.of(record.phoneIndex))
                        .survivorId();
        Provider provider =
                call.providerCode() == null ? null : Provider.findByCode(call.providerCode());
        SafetyCheck check =
                SafetyCheck.ofCallback(
                        source,
                        CaseChannel.IVR,
                        language,
                        survivorId,
                        provider == null ? null : provider.id);
        safety.fire(survivorId == null ? check.from(caller) : check);
    }

    /**
     * The caller's number as Twilio names it ({@code From}), when the call is incoming and the
     * number is the one the call was answered for (its blind index); null otherwise (on a call we
     * placed, {@code From} is our own number).
     */
    PhoneNumber caller(IvrCallRecord record, String from) {
        if (record.isInvited() || record.phoneIndex == null) {
            return null;
        }
        return PhoneNumber.parse(from)
                .filter(phone -> vault.matches(phone, record.phoneIndex))
                .orElse(null);
    }
}
