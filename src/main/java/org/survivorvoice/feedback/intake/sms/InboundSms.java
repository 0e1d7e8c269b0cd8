package org.survivorvoice.feedback.intake.sms;

/**
 * An SMS as a gateway delivered it. {@link #toString()} shows ids only: the sender and the body are
 * personal.
 *
 * @param gateway {@code twilio} or {@code gateway:<name>}
 * @param externalId the gateway's message id, unique per gateway
 * @param from the sender as the gateway wrote it
 * @param body the text as sent
 */
public record InboundSms(String gateway, String externalId, String from, String body) {

    /** The gateway name of Twilio's messages. */
    public static final String TWILIO = "twilio";

    /** The gateway name of a configured SMS aggregator. */
    public static String gateway(String name) {
        return "gateway:" + name;
    }

    @Override
    public String toString() {
        return "InboundSms[gateway=" + gateway + ", id=" + externalId + "]";
    }
}
