package org.survivorvoice.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import org.junit.jupiter.api.Test;

/** The TwiML replies, built once per text by the Twilio SDK and kept. */
class TwimlTest {

    private static String sdk(String text) {
        return new MessagingResponse.Builder()
                .message(new Message.Builder(text).build())
                .build()
                .toXml();
    }

    @Test
    void aKeptReplyIsTheDocumentTheSdkBuildsForItsText() {
        for (String text :
                new String[] {
                    "Thank you. Your answers are saved.",
                    "धन्यवाद। <आपके> उत्तर & \"सहेजे\" गए।",
                    "ধন্যবাদ 'R 123456' > 5",
                    "ధన్యవాదాలు"
                }) {
            assertThat(Twiml.reply(text)).isEqualTo(sdk(text));
            assertThat(Twiml.reply(text)).as("the kept copy").isEqualTo(sdk(text));
        }
        assertThat(Twiml.reply(null)).isEqualTo(Twiml.EMPTY);
        assertThat(Twiml.reply("")).isEqualTo(Twiml.EMPTY);
    }

    @Test
    void atMostABoundedNumberOfRepliesIsKept() {
        for (int i = 0; i < Twiml.MAX_CACHED_REPLIES + 100; i++) {
            String text = "reply number " + i;
            assertThat(Twiml.reply(text)).isEqualTo(sdk(text));
        }
        assertThat(Twiml.cachedReplies()).isLessThanOrEqualTo(Twiml.MAX_CACHED_REPLIES);
        String beyond = "a reply once the cache is full";
        assertThat(Twiml.reply(beyond)).isEqualTo(sdk(beyond));
    }
}
