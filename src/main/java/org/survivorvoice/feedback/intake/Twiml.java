package org.survivorvoice.feedback.intake;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Hangup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TwiML documents the SMS webhooks answer with, built by the Twilio SDK so they are always valid.
 */
public final class Twiml {

    /**
     * Most replies that can be built: the SDK makes an XML transformer for every document, which
     * costs more than the rest of an SMS webhook's work in this process, while the replies come
     * from a few message texts per language. A text beyond this many is built each time.
     */
    static final int MAX_CACHED_REPLIES = 512;

    private static final Map<String, String> REPLIES = new ConcurrentHashMap<>();

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
        String cached = REPLIES.get(text);
        if (cached != null) {
            return cached;
        }
        String built = build(text);
        if (REPLIES.size() < MAX_CACHED_REPLIES) {
            REPLIES.putIfAbsent(text, built);
        }
        return built;
    }

    /** How many replies are kept built. */
    static int cachedReplies() {
        return REPLIES.size();
    }

    private static String build(String text) {
        return new MessagingResponse.Builder()
                .message(new Message.Builder(text).build())
                .build()
                .toXml();
    }
}
