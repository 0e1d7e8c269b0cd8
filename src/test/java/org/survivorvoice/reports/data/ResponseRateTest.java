package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/** The Summary's response rate counts the invitations really sent and the ones answered. */
@QuarkusTest
class ResponseRateTest {

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;
    @Inject ReportService reports;

    @Test
    void summaryShowsTheShareOfSentInvitationsThatWereAnswered() {
        outreach.closeAllOpenInvitations();
        FakeTwilio.reset();
        long district = fixtures.district().id;
        String provider = fixtures.provider(district, "HOSPITAL", "Sub-divisional hospital");
        Instant t0 = OutreachFixtures.noonIn(1);
        List<Long> encounters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long survivor = outreach.survivor(district, OutreachFixtures.phone(), Consent.SMS_ONLY);
            long encounter = outreach.encounter(survivor, provider);
            outreach.invite(encounter, Occasion.LOGGED, t0);
            encounters.add(encounter);
        }
        dispatcher.dispatchDue(t0);
        encounters.subList(0, 3).forEach(outreach::rate);
        Quarter quarter = Quarter.of(t0.atZone(OutreachFixtures.KOLKATA).toLocalDate());

        ReportData official =
                reports.build(new ReportRequest(quarter, Audience.OFFICIAL, district, true));

        assertThat(official.summary().responseRate()).isEqualTo(0.25);
        // another district sent nothing: too few to show a rate
        long other = fixtures.district().id;
        assertThat(
                        reports.build(new ReportRequest(quarter, Audience.OFFICIAL, other, true))
                                .summary()
                                .responseRate())
                .isNull();
    }
}
