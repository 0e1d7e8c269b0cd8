package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final Map<String, String> PARAMS =
            Map.of(
                    "CallSid", "CA1234567890ABCDE",
                    "Caller", "+12349013030",
                    "Digits", "1234",
                    "From", "+12349013030",
                    "To", "+18005551212");

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    @Test
    void reproducesTwiliosPublishedExample() {
        assertThat(TwilioRequests.signature("12345", URL, PARAMS))
                .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(
                        new RequestValidator("12345")
                                .validate(URL, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
                .isTrue();
    }

    @Test
    void refusesTheExampleWithAnyPartChanged() {
        RequestValidator validator = new RequestValidator("12345");
        String signature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
        var changed = new java.util.HashMap<>(PARAMS);
        changed.put("Digits", "1235");

        assertThat(validator.validate(URL, changed, signature)).isFalse();
        assertThat(validator.validate(URL.replace("foo=1", "foo=2"), PARAMS, signature)).isFalse();
        assertThat(new RequestValidator("12346").validate(URL, PARAMS, signature)).isFalse();
    }

    @Test
    void signedUrlIsTheConfiguredBaseUrlWithPathAndQuery() {
        assertThat(TwilioSignatureFilter.signedUrl("https://sv.example.org/", "/twilio/sms", null))
                .isEqualTo("https://sv.example.org/twilio/sms");
        assertThat(
                        TwilioSignatureFilter.signedUrl(
                                "https://sv.example.org", "/twilio/voice/code", "a=1&b=%20"))
                .isEqualTo("https://sv.example.org/twilio/voice/code?a=1&b=%20");
    }
}
