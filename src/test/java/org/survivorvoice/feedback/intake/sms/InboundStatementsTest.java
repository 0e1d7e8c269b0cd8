package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.testing.Fixtures;

/**
 * The shape of one SMS rating's work on the database, which sets how many a second the webhook
 * takes (issue 19): the raw message stored by one auto-committed statement that no caller's
 * transaction can hold back or roll back (SAFETY F1), then one transaction that locks the row,
 * reads what is known of the sender in one statement and the provider once, stores the rating and
 * updates the stored row once.
 */
@QuarkusTest
class InboundStatementsTest {

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;
    @Inject InboundSmsService sms;
    @Inject SessionFactory sessions;

    private String code;

    @BeforeEach
    void provider() {
        Area district = fixtures.district();
        code = fixtures.provider(district.id, "POLICE", "Hasnabad Police Station");
    }

    @Test
    void theRawMessageIsCommittedEvenWhenTheCallersTransactionRollsBack() {
        String sid = SmsRecords.messageSid();

        QuarkusTransaction.begin();
        try {
            sms.receive(
                    new InboundSms(
                            InboundSms.TWILIO, sid, SmsRecords.phone(), "R " + code + " 4 N"));
        } finally {
            QuarkusTransaction.rollback();
        }

        var row = records.inbound(InboundSms.TWILIO, sid).orElseThrow();
        assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(row.ratingId()).isNotNull();
        assertThat(records.ratings(code)).hasSize(1);
    }

    @Test
    void oneRatingUpdatesItsStoredMessageOnceAndReadsTheSenderAndTheProviderOnce() {
        Statistics statistics = sessions.getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            String sid = SmsRecords.messageSid();

            String answer =
                    TwilioRequests.post(
                                    "/twilio/sms",
                                    TwilioRequests.sms(
                                            sid, SmsRecords.phone(), "R " + code + " 4 5 4 3 5 N"))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();

            assertThat(answer).contains("<Message>");
            var inbound = statistics.getEntityStatistics(InboundMessage.class.getName());
            assertThat(inbound.getInsertCount()).as("stored raw, not through Hibernate").isZero();
            // a change before the rate-limit count used to flush the row early: two updates
            assertThat(inbound.getUpdateCount()).as("updates of the stored message").isEqualTo(1);
            // the stored message locked, the sender's facts (SenderQueries: per-phone count,
            // opt-out, language, survivors), the provider, the rating inserted, the message
            // updated: five statements through Hibernate; it was nine (four per-phone reads and
            // the provider twice)
            assertThat(statistics.getPrepareStatementCount())
                    .as("statements the handling transaction makes")
                    .isEqualTo(5);
            assertThat(
                            Arrays.stream(statistics.getQueries())
                                    .filter(q -> q.contains("Provider"))
                                    .mapToLong(
                                            q ->
                                                    statistics
                                                            .getQueryStatistics(q)
                                                            .getExecutionCount())
                                    .sum())
                    .as("reads of the rated provider")
                    .isEqualTo(1);
            assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().status())
                    .isEqualTo(InboundStatus.PROCESSED);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
