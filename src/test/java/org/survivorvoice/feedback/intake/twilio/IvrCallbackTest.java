package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.SafetyCaseRecords.OpenedCase;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * "Press 0 to be called back" on incoming calls, walked through the signed Voice webhooks: the
 * offer is made once in her language, 0 opens one safety case (a replayed webhook none), keeps the
 * answers given, and carries the caller's number only when nobody enrolled has it.
 */
@QuarkusTest
class IvrCallbackTest {

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;
    @Inject SafetyCaseRecords cases;

    private final SurvivorMessages messages = new SurvivorMessages();
    private Area district;
    private String code;

    @BeforeEach
    void provider() {
        district = fixtures.district();
        code = fixtures.provider(district.id, "HOSPITAL", "Minakhan Rural Hospital");
    }

    @Test
    void zeroOnACallFromAPhoneNobodyEnrolledOpensOneCaseWithItsNumber() {
        String phone = SmsRecords.phone();
        TwilioCall call = TwilioCall.incoming(phone);
        TwimlXml noted;
        TwimlXml replayed;
        try (CapturedLog log = CapturedLog.install()) {
            TwimlXml menu = call.answer();
            TwimlXml codePrompt = call.press(menu, "2");
            assertThat(codePrompt.text("/Response/Gather/Say[1]"))
                    .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.callback-offer"));
            assertThat(codePrompt.text("/Response/Gather/Say[2]"))
                    .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.code"));
            TwimlXml again = call.timeout(codePrompt);
            assertThat(again.count("/Response/Gather/Say")).as("the offer is made once").isOne();

            noted = call.press(again, "0");
            replayed = call.press(again, "0");
            assertThat(log.text()).doesNotContain(phone.substring(3));
        }

        assertThat(noted.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.callback-noted"));
        assertThat(noted.count("/Response/Hangup")).isEqualTo(1);
        assertThat(replayed.text("/Response/Say")).isEqualTo(noted.text("/Response/Say"));
        List<OpenedCase> opened = cases.ofCall(call.sid());
        assertThat(opened).hasSize(1);
        OpenedCase callback = opened.get(0);
        assertThat(callback.signals()).isEqualTo("CALLBACK_REQUESTED");
        assertThat(callback.channel()).isEqualTo(CaseChannel.IVR);
        assertThat(callback.language()).isEqualTo("bn");
        assertThat(callback.survivorId()).isNull();
        assertThat(callback.districtId()).isNull();
        assertThat(callback.phone()).isEqualTo(phone);
        call.status("completed");
        assertThat(cases.ofCall(call.sid())).hasSize(1);
    }

    @Test
    void anEnrolledCallersZeroMidSurveyKeepsHerAnswerAndOpensACaseInHerDistrict() {
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String phone = SmsRecords.phone();
        long survivor = Staff.enrol(worker, district.id, phone); // Bengali
        TwilioCall call = TwilioCall.incoming(phone);

        TwimlXml welcome = call.answer();
        assertThat(welcome.text("/Response/Gather/Say[1]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.welcome"));
        assertThat(welcome.text("/Response/Gather/Say[2]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.callback-offer"));
        assertThat(welcome.text("/Response/Gather/Say[3]"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.code"));
        TwimlXml overall = call.press(call.press(welcome, code), "1");
        TwimlXml dignity = call.press(overall, "1");
        TwimlXml noted = call.press(dignity, "0#");

        assertThat(noted.text("/Response/Say"))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "ivr.callback-noted"));
        assertThat(records.ratings(code)).hasSize(1);
        assertThat(records.ratings(code).get(0).answers())
                .isEqualTo(new Answers(1, null, null, null, null));
        OpenedCase callback = cases.ofCall(call.sid()).get(0);
        assertThat(callback.survivorId()).isEqualTo(survivor);
        assertThat(callback.providerId()).isEqualTo(fixtures.providerId(code));
        assertThat(callback.districtId()).isEqualTo(district.id);
        assertThat(callback.phone()).isNull();
        assertThat(cases.ofRatingsOf(code))
                .as("overall 1 without a comment signals nothing")
                .isEmpty();
    }

    @Test
    void aSignallingIvrRatingFromAPhoneNobodyEnrolledCarriesItsNumber() {
        String phone = SmsRecords.phone();
        TwilioCall call = TwilioCall.incoming(phone);
        TwimlXml next = call.press(call.press(call.answer(), "4"), code);
        for (String keys : new String[] {"1", "3", "3", "3", "3", "3"}) {
            next = call.press(next, keys);
        }

        TwimlXml comment = call.press(next, "1");

        assertThat(comment.count("/Response/Record")).isEqualTo(1);
        List<OpenedCase> opened = cases.ofRatingsOf(code);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).signals()).isEqualTo("MONEY_ASKED");
        assertThat(opened.get(0).channel()).isEqualTo(CaseChannel.IVR);
        assertThat(opened.get(0).phone()).isEqualTo(phone);
        assertThat(cases.ofCall(call.sid())).as("no callback asked").isEmpty();
    }
}
