package org.survivorvoice.outreach.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.common.runtime.util.SchedulerUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.outreach.template.OutreachTemplates;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * Results back to survivors, through the outbox and the real Twilio SDK against the loopback fake:
 * only enrolled survivors who consented to the purpose and to SMS get a quarter's message, once (a
 * second run changes nothing); do-not-contact is skipped, at creation and again at send time;
 * outside her safe hours it waits for her window; a withheld share, a quarter not yet released or
 * long past send nothing; withdrawn consent stops a pending one. Each test has its own district and
 * a quarter whose window no other test's ratings reach (Q2 of 1954 to 1958).
 */
@QuarkusTest
class ResultsServiceTest {

    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime EVENING = LocalTime.of(18, 5);
    private static final String PROVIDER = "Sub-divisional hospital";

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject ResultsFixtures results;
    @Inject ResultsService service;
    @Inject ResultsConfig config;
    @Inject ReleaseCalendar releases;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutreachTemplates templates;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
    }

    @Test
    void onlyEnrolledSurvivorsConsentingToResultsAndSmsGetItOncePerQuarter() {
        Quarter period = Quarter.parse("1954-Q2");
        long district = districtRated(period, 18, 7);
        String phone = OutreachFixtures.phone();
        String noSmsPhone = OutreachFixtures.phone();
        String noResultsPhone = OutreachFixtures.phone();
        String exitedPhone = OutreachFixtures.phone();
        long consenting = results.survivor(district, phone, "bn", Consent.SMS_ONLY, true);
        long noSms = results.survivor(district, noSmsPhone, "bn", Consent.IVR_ONLY, true);
        long noResults = results.survivor(district, noResultsPhone, "bn", Consent.ALL, false);
        long exited = results.survivor(district, exitedPhone, "bn", Consent.ALL, true);
        results.exited(exited);
        Instant now = results.afterRelease(period, 1, NOON);

        service.createFor(period, now);
        dispatcher.dispatchDue(now);
        ResultsRun second = service.createFor(period, now.plus(Duration.ofDays(1)));
        dispatcher.dispatchDue(now.plus(Duration.ofDays(1)));

        List<FakeTwilio.Received> got = FakeTwilio.to(phone);
        assertThat(got).hasSize(1);
        String body = got.get(0).form().get("Body");
        // 18 of 25: the cell share steps by 10 % at n = 25, so 72 % is published as 70
        assertThat(body).isEqualTo(templates.renderShare("results.sms", "bn", 70));
        assertThat(body).contains(" 70 ").doesNotContain(PROVIDER);
        ResultsFixtures.ContactRow contact = results.contactOf(consenting, period).orElseThrow();
        assertThat(contact.status()).isEqualTo(ResultsContactStatus.SENT);
        assertThat(contact.satisfiedPercent()).isEqualTo(70);
        assertThat(contact.sentAt()).isEqualTo(now);
        for (String other : List.of(noSmsPhone, noResultsPhone, exitedPhone)) {
            assertThat(FakeTwilio.to(other)).isEmpty();
        }
        for (long other : List.of(noSms, noResults, exited)) {
            assertThat(results.contactOf(other, period)).isEmpty();
        }
        assertThat(second.created()).isZero();
        assertThat(results.contactsOf(consenting, period)).isEqualTo(1);
        assertThat(results.outboxOf(consenting)).containsExactly(OutboxStatus.SENT);
    }

    @Test
    void doNotContactIsSkippedAndOutsideHerSafeHoursItWaits() {
        Quarter period = Quarter.parse("1955-Q2");
        long district = districtRated(period, 11, 0);
        String blockedPhone = OutreachFixtures.phone();
        long blocked = results.survivor(district, blockedPhone, "te", Consent.SMS_ONLY, true);
        outreach.doNotContactSilently(blockedPhone);
        String laterPhone = OutreachFixtures.phone();
        long blockedLater = results.survivor(district, laterPhone, "te", Consent.SMS_ONLY, true);
        String eveningPhone = OutreachFixtures.phone();
        long evening =
                results.survivor(
                        district,
                        eveningPhone,
                        "te",
                        Consent.SMS_ONLY,
                        true,
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0));
        Instant noon = results.afterRelease(period, 1, NOON);

        service.createFor(period, noon);
        ResultsFixtures.ContactRow waiting = results.contactOf(evening, period).orElseThrow();
        // on do-not-contact after the message was queued: the send-time gate stops it
        outreach.doNotContactSilently(laterPhone);
        dispatcher.dispatchDue(noon);
        assertThat(FakeTwilio.to(eveningPhone)).isEmpty();
        dispatcher.dispatchDue(results.afterRelease(period, 1, EVENING));

        ResultsFixtures.ContactRow skipped = results.contactOf(blocked, period).orElseThrow();
        assertThat(skipped.status()).isEqualTo(ResultsContactStatus.SKIPPED);
        assertThat(skipped.reason()).isEqualTo("DO_NOT_CONTACT");
        assertThat(results.outboxOf(blocked)).isEmpty();
        ResultsFixtures.ContactRow stopped = results.contactOf(blockedLater, period).orElseThrow();
        assertThat(stopped.status()).isEqualTo(ResultsContactStatus.CANCELLED);
        assertThat(stopped.reason()).isEqualTo("DO_NOT_CONTACT");
        assertThat(FakeTwilio.to(blockedPhone)).isEmpty();
        assertThat(FakeTwilio.to(laterPhone)).isEmpty();
        assertThat(waiting.status()).isEqualTo(ResultsContactStatus.WAITING);
        assertThat(waiting.reason()).isEqualTo("OUTSIDE_SAFE_HOURS");
        assertThat(waiting.notBefore())
                .isEqualTo(results.afterRelease(period, 1, LocalTime.of(18, 0)));
        List<FakeTwilio.Received> got = FakeTwilio.to(eveningPhone);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).form().get("Body"))
                .isEqualTo(templates.renderShare("results.sms", "te", 100));
        assertThat(results.contactOf(evening, period).orElseThrow().status())
                .isEqualTo(ResultsContactStatus.SENT);
    }

    @Test
    void aWithheldShareSendsNothing() {
        Quarter period = Quarter.parse("1956-Q2");
        // ten ratings: under the suppression minimum of 11
        long district = districtRated(period, 9, 1);
        String phone = OutreachFixtures.phone();
        long survivor = results.survivor(district, phone, "hi", Consent.SMS_ONLY, true);
        Instant now = results.afterRelease(period, 1, NOON);

        service.createFor(period, now);
        dispatcher.dispatchDue(now);

        ResultsFixtures.ContactRow contact = results.contactOf(survivor, period).orElseThrow();
        assertThat(contact.status()).isEqualTo(ResultsContactStatus.SKIPPED);
        assertThat(contact.reason()).isEqualTo(ResultsContact.SHARE_WITHHELD);
        assertThat(contact.satisfiedPercent()).isNull();
        assertThat(results.outboxOf(survivor)).isEmpty();
        assertThat(FakeTwilio.to(phone)).isEmpty();
    }

    @Test
    void withdrawingConsentToResultsStopsHerPendingMessage() {
        Quarter period = Quarter.parse("1957-Q2");
        long district = districtRated(period, 12, 8);
        String phone = OutreachFixtures.phone();
        long survivor =
                results.survivor(
                        district,
                        phone,
                        "en",
                        Consent.SMS_ONLY,
                        true,
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0));
        service.createFor(period, results.afterRelease(period, 1, NOON));
        assertThat(results.contactOf(survivor, period).orElseThrow().status())
                .isEqualTo(ResultsContactStatus.WAITING);
        String worker = fixtures.user(Roles.FIELDWORKER, null);

        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of("results", false))
                .patch("/api/v1/survivors/" + survivor + "/consent")
                .then()
                .statusCode(200);
        dispatcher.dispatchDue(results.afterRelease(period, 1, EVENING));

        ResultsFixtures.ContactRow stopped = results.contactOf(survivor, period).orElseThrow();
        assertThat(stopped.status()).isEqualTo(ResultsContactStatus.CANCELLED);
        assertThat(stopped.reason()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(results.outboxOf(survivor)).containsExactly(OutboxStatus.CANCELLED);
        assertThat(FakeTwilio.to(phone)).isEmpty();
    }

    @Test
    void nothingBeforeTheQuarterIsReleasedNorOnceItsResultsAreOld() {
        Quarter period = Quarter.parse("1958-Q2");
        long district = districtRated(period, 15, 5);
        long survivor =
                results.survivor(district, OutreachFixtures.phone(), "bn", Consent.SMS_ONLY, true);
        Instant release = releases.releaseOf(period);

        ResultsRun early = service.createFor(period, release.minusSeconds(1));
        ResultsRun late = service.createFor(period, release.plus(config.validity()));

        assertThat(early).isEqualTo(ResultsRun.NONE);
        assertThat(late).isEqualTo(ResultsRun.NONE);
        assertThat(results.contactOf(survivor, period)).isEmpty();
    }

    /** The schedule names its keys only; the mapping's defaults are what the scheduler reads. */
    @Test
    void theScheduleReadsTheResultsMapping() throws NoSuchMethodException {
        Scheduled scheduled =
                ResultsSchedule.class
                        .getDeclaredMethod("sendLatestReleased")
                        .getAnnotation(Scheduled.class);

        assertThat(scheduled.cron()).isEqualTo("${survivor-voice.outreach.results.cron}");
        assertThat(SchedulerUtils.lookUpPropertyValue(scheduled.cron())).isEqualTo(config.cron());
        assertThat(SchedulerUtils.lookUpPropertyValue(scheduled.timeZone()))
                .isEqualTo("Asia/Kolkata");
        assertThat(config.cron()).isEqualTo("0 15 10 * * ?");
        assertThat(config.enabled()).isTrue();
        assertThat(config.validity()).isEqualTo(Duration.ofDays(30));
    }

    /** A new district with one provider rated in the quarter: satisfied (5) and not (2). */
    private long districtRated(Quarter period, int satisfied, int dissatisfied) {
        long district = fixtures.district().id;
        String provider = fixtures.provider(district, "HOSPITAL", PROVIDER);
        fixtures.ratings(provider, period.toString(), satisfied, dissatisfied);
        return district;
    }
}
