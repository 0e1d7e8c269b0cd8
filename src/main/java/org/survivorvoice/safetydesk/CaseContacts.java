package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.survivor.SafeWindow;
import org.survivorvoice.survivor.Survivor;

/**
 * How a case's survivor may be reached: her number (her enrolment's, else the phone the message
 * came from) and the consent and safe hours to respect. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class CaseContacts {

    private final PhoneVault vault;
    private final DoNotContactService doNotContact;

    public CaseContacts(PhoneVault vault, DoNotContactService doNotContact) {
        this.vault = vault;
        this.doNotContact = doNotContact;
    }

    /** The number to call back, when one is held. */
    Optional<PhoneNumber> phone(SafetyCase c) {
        Survivor s = c.survivor;
        if (s != null && s.phoneCiphertext != null) {
            return Optional.of(vault.decrypt(s.phoneCiphertext));
        }
        if (c.phoneCiphertext != null) {
            return Optional.of(vault.decrypt(c.phoneCiphertext));
        }
        return Optional.empty();
    }

    /** What must be read before calling, at {@code now}. */
    CallConsent consent(SafetyCase c, Instant now) {
        boolean asked =
                c.signalSet().contains(CaseSignal.HELP_REQUESTED)
                        || c.signalSet().contains(CaseSignal.CALLBACK_REQUESTED);
        Optional<PhoneNumber> phone = phone(c);
        boolean barred = phone.isPresent() && doNotContact.containsPhone(phone.get());
        Survivor s = c.survivor;
        if (s == null) {
            return new CallConsent(
                    false,
                    asked,
                    null,
                    null,
                    null,
                    null,
                    null,
                    barred,
                    phone.isPresent(),
                    c.language);
        }
        SafeWindow window = s.safeWindow();
        return new CallConsent(
                true,
                asked,
                s.consentIvr,
                s.safeFrom,
                s.safeTo,
                s.timeZone,
                window.contains(now),
                barred,
                phone.isPresent(),
                s.language);
    }
}
