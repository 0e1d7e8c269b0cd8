package org.survivorvoice.safetydesk;

/**
 * The answer to revealing a case's phone number: the one place a number ever leaves the service,
 * audited on every call, never listed.
 *
 * @param phone the number in E.164
 * @param consent what the field worker must respect when she calls
 */
public record RevealedContact(String phone, CallConsent consent) {

    @Override
    public String toString() {
        return "RevealedContact[***]";
    }
}
