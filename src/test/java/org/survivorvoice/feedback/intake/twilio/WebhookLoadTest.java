package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.feedback.intake.sms.InboundStatus;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.testing.Fixtures;

/**
 * The short version of {@link WebhookLoadBenchmark}: 50 signed SMS ratings a second for 10 seconds,
 * asserting what must hold at any speed (no errors, every message PROCESSED with a rating of its
 * own) and printing the figures, never asserting them.
 */
@QuarkusTest
class WebhookLoadTest {

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;

    @TestHTTPResource("/twilio/sms")
    URL webhook;

    @Test
    void fiftyRatingsASecondAreAllAnsweredAndStoredOnce() throws Exception {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Load police station");

        WebhookLoad.Result result =
                WebhookLoad.run(webhook.toURI(), code, 50, Duration.ofSeconds(10));
        System.out.println(result.summary("short run in verify"));

        assertThat(result.errors()).isZero();
        assertThat(result.sids()).hasSize(500);
        for (String sid : result.sids()) {
            SmsRecords.Inbound row = records.inbound(InboundSms.TWILIO, sid).orElseThrow();
            assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
            assertThat(row.ratingId()).isNotNull();
        }
        assertThat(records.ratings(code)).hasSize(500);
    }
}
