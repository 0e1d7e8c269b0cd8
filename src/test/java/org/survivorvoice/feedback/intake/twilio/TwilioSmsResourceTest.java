package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.feedback.intake.sms.InboundStatus;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/** {@code POST /twilio/sms} driven exactly as Twilio drives it (SAFETY W1, W2, I1, F1, D2). */
@QuarkusTest
class TwilioSmsResourceTest {

    private static final String PATH = "/twilio/sms";

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;

    private final SurvivorMessages messages = new SurvivorMessages();
    private Area district;
    private String code;

    @BeforeEach
    void provider() {
        district = fixtures.district();
        code = fixtures.provider(district.id, "POLICE", "Basirhat Police Station");
    }

    @Test
    void storesAnUnsolicitedRatingWithEveryPartAndThanks() {
        String sid = SmsRecords.messageSid();

        String reply =
                send(sid, SmsRecords.phone(), "R " + code + " 2 1 3 4 5 Y asked for 500, rude");

        assertThat(reply).isEqualTo(text(SurvivorLanguage.EN, "sms.thanks"));
        var rating = records.ratings(code).get(0);
        assertThat(rating.channel()).isEqualTo("SMS");
        assertThat(rating.verified()).isFalse();
        assertThat(rating.survivorId()).isNull();
        assertThat(rating.raterKey()).startsWith("P:");
        assertThat(rating.answers()).isEqualTo(new Answers(2, 1, 3, 4, 5));
        assertThat(rating.moneyAsked()).isTrue();
        assertThat(rating.comment()).isEqualTo("asked for 500, rude");
        var row = records.inbound(InboundSms.TWILIO, sid).orElseThrow();
        assertThat(row.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(row.bodyKept()).as("body erased once handled").isFalse();
        assertThat(row.phoneIndexed()).isTrue();
        assertThat(row.command()).isEqualTo("Rate");
        assertThat(row.reply()).isEqualTo(reply);
        assertThat(row.ratingId()).isNotNull();
    }

    @Test
    void ratesInIndianScriptsAndRepliesInTheSurvivorsLanguage() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String phone = SmsRecords.phone();
        long survivor = Staff.enrol(worker, district.id, phone); // enrolled in Bengali

        String bengali = send(SmsRecords.messageSid(), phone, "রেট " + script(code, 0x09E6) + " ৪");

        assertThat(bengali).isEqualTo(text(SurvivorLanguage.BN, "sms.thanks"));
        var rating = records.ratings(code).get(0);
        assertThat(rating.survivorId()).isEqualTo(survivor);
        assertThat(rating.language()).isEqualTo("bn");
        assertThat(rating.answers()).isEqualTo(new Answers(4, null, null, null, null));
        assertThat(rating.moneyAsked()).isNull();

        String other = SmsRecords.phone();
        assertThat(send(SmsRecords.messageSid(), other, "LANG HI"))
                .isEqualTo(text(SurvivorLanguage.HI, "sms.lang"));
        String hindi =
                send(SmsRecords.messageSid(), other, "रेट " + script(code, 0x0966) + " ५, ४. N");
        assertThat(hindi).isEqualTo(text(SurvivorLanguage.HI, "sms.thanks"));
        assertThat(send(SmsRecords.messageSid(), other, "lang te"))
                .isEqualTo(text(SurvivorLanguage.TE, "sms.lang"));
        String telugu =
                send(
                        SmsRecords.messageSid(),
                        other,
                        "rate " + script(code, 0x0C66) + " ౩ Y చాలా ఆలస్యం");
        assertThat(telugu).isEqualTo(text(SurvivorLanguage.TE, "sms.thanks"));

        var ratings = records.ratings(code);
        assertThat(ratings).hasSize(3);
        assertThat(ratings.get(1).answers()).isEqualTo(new Answers(5, 4, null, null, null));
        assertThat(ratings.get(1).moneyAsked()).isFalse();
        assertThat(ratings.get(1).language()).isEqualTo("hi");
        assertThat(ratings.get(2).comment()).isEqualTo("చాలా ఆలస్యం");
        assertThat(ratings.get(2).moneyAsked()).isTrue();
        assertThat(ratings.get(1).raterKey()).isEqualTo(ratings.get(2).raterKey());
    }

    @Test
    void aBadCheckDigitIsNotRecognisedAndRatesNothing() {
        String bad = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
        String unknown = ProviderCode.withCheckDigit("99998").value();

        assertThat(send(SmsRecords.messageSid(), SmsRecords.phone(), "R " + bad + " 4"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.code-not-recognised"));
        assertThat(send(SmsRecords.messageSid(), SmsRecords.phone(), "R " + unknown + " 4"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.code-not-recognised"));
        assertThat(send(SmsRecords.messageSid(), SmsRecords.phone(), "R " + code + " 7"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.rating-format"));
        assertThat(records.ratings(code)).isEmpty();
    }

    @Test
    void helpUnknownAndABareAnswerWithoutConversationGetNeutralHelp() {
        String phone = SmsRecords.phone();

        assertThat(send(SmsRecords.messageSid(), phone, "?"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.help"));
        assertThat(send(SmsRecords.messageSid(), phone, "hello"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.unknown"));
        assertThat(send(SmsRecords.messageSid(), phone, "৩"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.no-open-question"));
    }

    @Test
    void stopThenStartGoesThroughTheDoNotContactRegistryAndConfirmsOnce() {
        String phone = SmsRecords.phone();

        assertThat(send(SmsRecords.messageSid(), phone, "STOP"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.stop"));
        assertThat(records.doNotContact(phone)).isTrue();
        assertThat(send(SmsRecords.messageSid(), phone, "stop")).as("confirmed once").isNull();
        assertThat(send(SmsRecords.messageSid(), phone, "R " + code + " 3"))
                .as("no reply to an opted-out phone")
                .isNull();
        assertThat(records.ratings(code)).as("her rating still counts").hasSize(1);

        assertThat(send(SmsRecords.messageSid(), phone, "START"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.start"));
        assertThat(records.doNotContact(phone)).isFalse();
        assertThat(send(SmsRecords.messageSid(), phone, "HELP"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.help"));
        assertThat(send(SmsRecords.messageSid(), phone, "বন্ধ"))
                .isEqualTo(text(SurvivorLanguage.EN, "sms.stop"));
    }

    @Test
    void refusesForgedRequestsAndStoresNothing() {
        String sid = SmsRecords.messageSid();
        Map<String, String> params =
                TwilioRequests.sms(sid, SmsRecords.phone(), "R " + code + " 1");
        String url = TwilioRequests.BASE_URL + PATH;
        String good = TwilioRequests.signature(TwilioRequests.TOKEN, url, params);
        Map<String, String> changed = new HashMap<>(params);
        changed.put("Body", "R " + code + " 5");
        List<Response> forged = new ArrayList<>();

        try (CapturedLog log = CapturedLog.install()) {
            forged.add(TwilioRequests.post(PATH, params, null));
            forged.add(TwilioRequests.post(PATH, changed, good));
            forged.add(
                    TwilioRequests.post(
                            PATH, params, TwilioRequests.signature("wrong-token", url, params)));
            // signed for the host the attacker claims, which must not be trusted
            String spoofedUrl = "https://attacker.example.net" + PATH;
            forged.add(
                    TwilioRequests.formRequest()
                            .header("X-Forwarded-Host", "attacker.example.net")
                            .header("X-Forwarded-Proto", "https")
                            .header("Host", "attacker.example.net")
                            .header(
                                    "X-Twilio-Signature",
                                    TwilioRequests.signature(
                                            TwilioRequests.TOKEN, spoofedUrl, params))
                            .body(TwilioRequests.form(params))
                            .post(PATH));

            for (Response response : forged) {
                assertThat(response.statusCode()).isEqualTo(403);
                assertThat(TwimlXml.parse(response.asString()).message()).isNull();
            }
            assertThat(log.text()).contains("Security event").doesNotContain(code);
            assertThat(log.text()).doesNotContain(params.get("From").substring(3));
        }
        assertThat(records.inboundCount(sid)).isZero();
        assertThat(records.ratings(code)).isEmpty();

        // the genuine request still goes through afterwards
        assertThat(TwilioRequests.post(PATH, params, good).statusCode()).isEqualTo(200);
        assertThat(records.ratings(code)).hasSize(1);
    }

    @Test
    void twentySimultaneousCopiesRateOnceAndAnswerAlike() throws Exception {
        Map<String, String> params =
                TwilioRequests.sms(
                        SmsRecords.messageSid(), SmsRecords.phone(), "R " + code + " 4 Y");
        int copies = 20;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch ready = new CountDownLatch(copies);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                answers.add(
                        pool.submit(
                                () -> {
                                    ready.countDown();
                                    go.await();
                                    return TwilioRequests.post(PATH, params);
                                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> replies = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                replies.add(TwimlXml.parse(response.asString()).message());
            }
            assertThat(replies)
                    .hasSize(copies)
                    .containsOnly(text(SurvivorLanguage.EN, "sms.thanks"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(records.ratings(code)).hasSize(1);
        assertThat(records.inboundCount(params.get("MessageSid"))).isEqualTo(1);
    }

    @Test
    void aRepeatedMessageSidAnswersTheStoredReplyAndDoesNothingElse() {
        String sid = SmsRecords.messageSid();
        String phone = SmsRecords.phone();

        String first = send(sid, phone, "R " + code + " 5");
        String again = send(sid, phone, "R " + code + " 5");
        String changedBody = send(sid, phone, "STOP");

        assertThat(again).isEqualTo(first).isEqualTo(changedBody);
        assertThat(records.ratings(code)).hasSize(1);
        assertThat(records.doNotContact(phone)).isFalse();
    }

    @Test
    void morethanTwentyMessagesAnHourAreStoredButNotAnswered() {
        String phone = SmsRecords.phone();
        for (int i = 0; i < 20; i++) {
            assertThat(send(SmsRecords.messageSid(), phone, "HELP")).isNotNull();
        }
        String sid = SmsRecords.messageSid();

        assertThat(send(sid, phone, "R " + code + " 5")).isNull();

        assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().status())
                .isEqualTo(InboundStatus.RATE_LIMITED);
        assertThat(records.inbound(InboundSms.TWILIO, sid).orElseThrow().bodyKept()).isFalse();
        assertThat(records.ratings(code)).isEmpty();
        assertThat(send(SmsRecords.messageSid(), SmsRecords.phone(), "HELP"))
                .as("other phones are not limited")
                .isNotNull();
    }

    @Test
    void noBodyOrPhoneReachesLogsOrAnswers() {
        String canaryPhone = "+91" + Staff.CANARY_PHONE;
        String canaryText = "canary-sms-5b1d";
        List<String> answers = new ArrayList<>();

        try (CapturedLog log = CapturedLog.install()) {
            for (String body :
                    List.of(
                            "R " + code + " 3 N " + canaryText + " " + Staff.CANARY_PHONE,
                            canaryText,
                            "STOP " + canaryText,
                            "START",
                            "LANG BN " + canaryText)) {
                answers.add(
                        TwilioRequests.post(
                                        PATH,
                                        TwilioRequests.sms(
                                                SmsRecords.messageSid(), canaryPhone, body))
                                .asString());
            }
            answers.add(
                    TwilioRequests.post(
                                    PATH,
                                    TwilioRequests.sms(
                                            SmsRecords.messageSid(), canaryPhone, canaryText),
                                    "forged")
                            .asString());
            assertThat(log.size()).isPositive();
            assertThat(log.text()).doesNotContain(Staff.CANARY_PHONE).doesNotContain(canaryText);
        }
        assertThat(String.join("\n", answers))
                .doesNotContain(Staff.CANARY_PHONE)
                .doesNotContain(canaryText);
        assertThat(records.ratings(code).get(0).comment())
                .as("a number typed into a comment is masked")
                .doesNotContain(Staff.CANARY_PHONE);
    }

    private String send(String sid, String phone, String body) {
        Response response = TwilioRequests.post(PATH, TwilioRequests.sms(sid, phone, body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        return TwimlXml.parse(response.asString()).message();
    }

    private String text(SurvivorLanguage language, String key) {
        return messages.text(language, key);
    }

    private static String script(String digits, int zero) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.appendCodePoint(zero + c - '0'));
        return b.toString();
    }
}
