package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.feedback.intake.sms.InboundStatus;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.SafetyCaseRecords.OpenedCase;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * SMS requests for a call back through the signed Twilio webhook: {@code HELP ME} and the local
 * words for help open one safety case (her district and survivor id when the phone is an enrolled
 * survivor's, the sender's number otherwise), answered neutrally in her language; a repeated
 * MessageSid opens nothing more; a rating from a phone nobody enrolled opens its case with that
 * number to call back.
 */
@QuarkusTest
class SmsHelpRequestTest {

    private static final String PATH = "/twilio/sms";

    @Inject Fixtures fixtures;
    @Inject SmsRecords sms;
    @Inject SafetyCaseRecords cases;

    private final SurvivorMessages messages = new SurvivorMessages();
    private Area district;
    private String worker;

    @BeforeEach
    void area() {
        district = fixtures.district();
        worker = fixtures.user(Roles.FIELDWORKER, district.id);
    }

    @Test
    void aBengaliHelpWordFromHerPhoneOpensOneCaseInHerDistrictAndAnswersInBengali() {
        String phone = SmsRecords.phone();
        long survivor = Staff.enrol(worker, district.id, phone); // enrolled in Bengali
        String sid = SmsRecords.messageSid();

        String reply;
        String replayed;
        try (CapturedLog log = CapturedLog.install()) {
            reply = send(sid, phone, "সাহায্য");
            replayed = send(sid, phone, "সাহায্য");
            assertThat(log.text()).doesNotContain(phone.substring(3)).doesNotContain("সাহায্য");
        }

        assertThat(reply).isEqualTo(messages.text(SurvivorLanguage.BN, "sms.help-me"));
        assertThat(replayed).as("the stored reply").isEqualTo(reply);
        List<OpenedCase> opened = cases.ofSms(sid);
        assertThat(opened).hasSize(1);
        OpenedCase help = opened.get(0);
        assertThat(help.signals()).isEqualTo("HELP_REQUESTED");
        assertThat(help.channel()).isEqualTo(CaseChannel.SMS);
        assertThat(help.language()).isEqualTo("bn");
        assertThat(help.survivorId()).isEqualTo(survivor);
        assertThat(help.districtId()).isEqualTo(district.id);
        assertThat(help.phone()).as("her number is held with her enrolment").isNull();
        assertThat(help.text()).isEqualTo("সাহায্য");
        assertThat(cases.ofSurvivor(survivor)).as("the replay opened nothing").hasSize(1);
        assertThat(sms.inbound(InboundSms.TWILIO, sid).orElseThrow().command())
                .isEqualTo("AskForHelp");
    }

    @Test
    void helpMeFromAPhoneNobodyEnrolledOpensACaseWithItsNumberAndNoDistrict() {
        String phone = SmsRecords.phone();
        String sid = SmsRecords.messageSid();

        String reply;
        try (CapturedLog log = CapturedLog.install()) {
            reply = send(sid, phone, "HELP ME please call 9830012345");
            assertThat(log.text()).doesNotContain(phone.substring(3)).doesNotContain("9830012345");
        }

        assertThat(reply).isEqualTo(messages.text(SurvivorLanguage.EN, "sms.help-me"));
        OpenedCase help = cases.ofSms(sid).get(0);
        assertThat(help.survivorId()).isNull();
        assertThat(help.districtId()).isNull();
        assertThat(help.language()).isEqualTo("en");
        assertThat(help.phone()).as("the sender's number, to call back").isEqualTo(phone);
        assertThat(send(sid, phone, "HELP ME")).isEqualTo(reply);
        assertThat(cases.ofSms(sid)).hasSize(1);
    }

    @Test
    void aStrangerWritingForHelpInHindiIsAnsweredAndCalledBackInHindi() {
        String phone = SmsRecords.phone();
        String sid = SmsRecords.messageSid();

        assertThat(send(sid, phone, "मदद चाहिए"))
                .isEqualTo(messages.text(SurvivorLanguage.HI, "sms.help-me"));

        OpenedCase help = cases.ofSms(sid).get(0);
        assertThat(help.language()).isEqualTo("hi");
        assertThat(help.phone()).isEqualTo(phone);
    }

    @Test
    void aCallForHelpOverTheHourlyLimitIsNotAnsweredButStillOpensACase() {
        String phone = SmsRecords.phone();
        for (int i = 0; i < 20; i++) {
            assertThat(send(SmsRecords.messageSid(), phone, "HELP")).isNotNull();
        }
        String sid = SmsRecords.messageSid();

        assertThat(send(sid, phone, "HELP ME")).as("over the limit: no answer").isNull();

        assertThat(sms.inbound(InboundSms.TWILIO, sid).orElseThrow().status())
                .isEqualTo(InboundStatus.RATE_LIMITED);
        List<OpenedCase> opened = cases.ofSms(sid);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).signals()).contains("HELP_REQUESTED");
        assertThat(opened.get(0).phone()).isEqualTo(phone);
        String plain = SmsRecords.messageSid();
        send(plain, phone, "R 123456 5 thank you");
        assertThat(cases.ofSms(plain)).as("nothing else is acted on").isEmpty();
    }

    @Test
    void bareHelpKeepsTheUsageHelpWhichNamesHelpMe() {
        String sid = SmsRecords.messageSid();

        String reply = send(sid, SmsRecords.phone(), "HELP");

        assertThat(reply)
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.help"))
                .contains("HELP ME");
        assertThat(cases.ofSms(sid)).isEmpty();
    }

    @Test
    void aMessageThatIsNoCommandOpensACaseOnlyForDangerWordsAndKeepsItsReply() {
        String phone = SmsRecords.phone();
        String danger = SmsRecords.messageSid();
        String harmless = SmsRecords.messageSid();

        assertThat(send(danger, phone, "the agent beat me yesterday"))
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.unknown"));
        assertThat(send(harmless, phone, "hello, who is this"))
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.unknown"));

        OpenedCase opened = cases.ofSms(danger).get(0);
        assertThat(opened.signals()).isEqualTo("DANGER_WORDS");
        assertThat(opened.phone()).isEqualTo(phone);
        assertThat(cases.ofSms(harmless)).isEmpty();
    }

    @Test
    void aPhoneOnTheDoNotContactListStillOpensACaseAndGetsNoReply() {
        String phone = SmsRecords.phone();
        send(SmsRecords.messageSid(), phone, "STOP");
        String sid = SmsRecords.messageSid();

        assertThat(send(sid, phone, "help me")).as("she asked for no messages").isNull();

        assertThat(cases.ofSms(sid)).hasSize(1);
        assertThat(sms.doNotContact(phone)).isTrue();
    }

    @Test
    void aSignallingRatingFromAPhoneNobodyEnrolledCarriesItsNumberAndAnEnrolledOnesDoesNot() {
        String code = fixtures.provider(district.id, "POLICE", "Hingalganj Police Station");
        String stranger = SmsRecords.phone();
        String enrolled = SmsRecords.phone();
        long survivor = Staff.enrol(worker, district.id, enrolled);

        assertThat(send(SmsRecords.messageSid(), stranger, "R " + code + " 2 Y"))
                .isEqualTo(messages.text(SurvivorLanguage.EN, "sms.thanks"));
        send(SmsRecords.messageSid(), enrolled, "R " + code + " 3 Y");

        List<OpenedCase> opened = cases.ofRatingsOf(code);
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).signals()).isEqualTo("MONEY_ASKED");
        assertThat(opened.get(0).survivorId()).isNull();
        assertThat(opened.get(0).phone()).isEqualTo(stranger);
        assertThat(opened.get(0).districtId()).as("the provider's").isEqualTo(district.id);
        assertThat(opened.get(1).survivorId()).isEqualTo(survivor);
        assertThat(opened.get(1).phone()).isNull();
    }

    private String send(String sid, String phone, String body) {
        Response response = TwilioRequests.post(PATH, TwilioRequests.sms(sid, phone, body));
        assertThat(response.statusCode()).isEqualTo(200);
        return TwimlXml.parse(response.asString()).message();
    }
}
