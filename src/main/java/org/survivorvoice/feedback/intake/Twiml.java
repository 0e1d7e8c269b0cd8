package org.survivorvoice.feedback.intake;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Hangup;

/**
 * TwiML documents the SMS webhooks answer with, built by the Twilio SDK so they are always valid.
 */
public final class Twiml {

    /** A response that does nothing: no reply is sent. */
    public static final String EMPTY = new MessagingResponse.Builder().build().toXml();

    private Twiml() {}

    /** A voice response that only hangs up. */
    public static String hangUp() {
        return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
    }

    /** A response that replies with the text, or does nothing when there is none. */
    public static String reply(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        return new MessagingResponse.Builder()
                .message(new Message.Builder(text).build())
                .build()
                .toXml();
    }
}
