package org.survivorvoice.feedback.intake.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.survivorvoice.feedback.intake.ivr.IvrCallRecord;
import org.survivorvoice.feedback.intake.sms.InboundMessage;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.safetydesk.CaseTexts;
import org.survivorvoice.safetydesk.SafetyCase;

/**
 * The safety cases a webhook opened, read back from the database as the tests look at them: by the
 * SMS or call they came from, by survivor or by rating. The phone is decrypted here, in the test,
 * to prove it is the sender's; the application shows it only in the reveal answer.
 */
@ApplicationScoped
public class SafetyCaseRecords {

    private final PhoneVault vault;
    private final CaseTexts texts;

    public SafetyCaseRecords(PhoneVault vault, CaseTexts texts) {
        this.vault = vault;
        this.texts = texts;
    }

    /** A case as the tests look at it; {@code phone} is E.164 or null. */
    public record OpenedCase(
            String sourceKey,
            String signals,
            CaseChannel channel,
            String language,
            Long survivorId,
            Long providerId,
            Long districtId,
            Long ratingId,
            String phone,
            String text) {}

    /** The cases opened by the Twilio SMS with this MessageSid. */
    @Transactional
    public List<OpenedCase> ofSms(String messageSid) {
        InboundMessage message =
                InboundMessage.<InboundMessage>find(
                                "gateway = ?1 and externalId = ?2", InboundSms.TWILIO, messageSid)
                        .firstResult();
        return message == null ? List.of() : bySource("sms:" + message.id);
    }

    /** The cases opened by the call with this CallSid. */
    @Transactional
    public List<OpenedCase> ofCall(String callSid) {
        IvrCallRecord call = IvrCallRecord.<IvrCallRecord>find("callSid", callSid).firstResult();
        return call == null ? List.of() : bySource("call:" + call.id);
    }

    /** The cases of the survivor. */
    @Transactional
    public List<OpenedCase> ofSurvivor(long survivorId) {
        return SafetyCase.<SafetyCase>list("survivor.id = ?1 order by id", survivorId).stream()
                .map(this::view)
                .toList();
    }

    /** The cases opened by a rating of the provider. */
    @Transactional
    public List<OpenedCase> ofRatingsOf(String providerCode) {
        return SafetyCase.<SafetyCase>list(
                        "ratingId is not null and provider.code = ?1 order by id", providerCode)
                .stream()
                .map(this::view)
                .toList();
    }

    private List<OpenedCase> bySource(String sourceKey) {
        return SafetyCase.<SafetyCase>list("sourceKey", sourceKey).stream()
                .map(this::view)
                .toList();
    }

    private OpenedCase view(SafetyCase c) {
        return new OpenedCase(
                c.sourceKey,
                c.signals,
                c.channel,
                c.language,
                c.survivor == null ? null : c.survivor.id,
                c.provider == null ? null : c.provider.id,
                c.district == null ? null : c.district.id,
                c.ratingId,
                c.phoneCiphertext == null ? null : vault.decrypt(c.phoneCiphertext).e164(),
                c.openingText == null ? null : texts.openOpening(c));
    }
}
