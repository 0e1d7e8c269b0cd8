package org.survivorvoice.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.followup.FollowUpChannel;
import org.survivorvoice.outreach.followup.FollowUpFixtures;
import org.survivorvoice.outreach.followup.FollowUpFixtures.FollowUpRow;
import org.survivorvoice.outreach.followup.FollowUpStatus;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.OutboxDispatcher;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.MovableClockProducer;
import org.survivorvoice.testing.MovableClockProfile;
import org.survivorvoice.testing.RatingRow;

/**
 * The whole loop of issue 16 on a controlled clock (mid-November 1939: 1939-Q3 released, 1939-Q4
 * still open): a police station falls BELOW its peers, appears in its official's "needs a
 * response", she records a response and marks it done, the consenting survivors who rated the
 * station (and only they: no consent, do-not-contact and outside-safe-hours survivors are skipped
 * or wait) are asked through the fake Twilio whether it got better, their replies in Bengali,
 * Telugu, Devanagari and Latin digits are counted, and the district's Responses sheet of the
 * 1939-Q4 workbook shows the survivors' confirmation share only once the eleventh answer arrived.
 */
@QuarkusTest
@TestProfile(MovableClockProfile.class)
class ClosingTheLoopTest {

    private static final Quarter FLAGGED = Quarter.parse("1939-Q3");
    private static final Quarter REPORTED = Quarter.parse("1939-Q4");

    /** Noon in Kolkata on 15 November 1939: inside the survivors' safe hours. */
    private static final Instant NOW = Instant.parse("1939-11-15T06:30:00Z");

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject FollowUpFixtures followUps;
    @Inject ScoringService scoring;
    @Inject OutboxDispatcher dispatcher;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;

    @Test
    void aBelowProviderIsAnsweredAndItsSurvivorsConfirmTheChange() {
        MovableClockProducer.CLOCK.set(NOW);
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        Area district = fixtures.district();
        String station = fixtures.provider(district.id, "POLICE", "Thana Sandeshkhali");
        String official = fixtures.user(Roles.OFFICIAL, district.id);

        // eleven survivors who may be asked, and three who may not, all rated the station badly
        List<String> phones = new ArrayList<>();
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String phone = OutreachFixtures.phone();
            phones.add(phone);
            asked.add(outreach.survivor(district.id, phone, Consent.SMS_ONLY));
        }
        String blockedPhone = OutreachFixtures.phone();
        String eveningPhone = OutreachFixtures.phone();
        String silentPhone = OutreachFixtures.phone();
        long silent =
                outreach.survivor(district.id, silentPhone, new Consent(false, false, false, true));
        long blocked = outreach.survivor(district.id, blockedPhone, Consent.SMS_ONLY);
        long evening =
                outreach.survivor(
                        district.id,
                        eveningPhone,
                        Consent.SMS_ONLY,
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0));
        outreach.doNotContactSilently(blockedPhone);
        for (int i = 0; i < 4; i++) {
            followUps.language(asked.get(i), "bn");
            followUps.language(asked.get(4 + i), "te");
        }
        List<Long> raters = new ArrayList<>(asked);
        raters.addAll(List.of(silent, blocked, evening));
        rateTheQuarter(district, station, raters);

        scoring.refresh(FLAGGED);

        // the station needs a response, and the official sees it waiting
        JsonPath needed =
                as(official)
                        .get(
                                "/api/v1/responses/needed?district="
                                        + district.id
                                        + "&period="
                                        + FLAGGED)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(needed.getList("items.providerCode", String.class)).containsExactly(station);
        assertThat(needed.getString("items[0].band")).isEqualTo("BELOW");
        assertThat(needed.getBoolean("items[0].answered")).isFalse();

        long response =
                as(official)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "providerCode", station,
                                        "period", FLAGGED.toString(),
                                        "theme", "DIGNITY",
                                        "actionText", "A woman officer takes every statement",
                                        "ownerRole", "Officer in charge",
                                        "dueDate", "1939-12-15"))
                        .post("/api/v1/responses")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        as(official)
                .get("/api/v1/responses/needed?district=" + district.id + "&period=" + FLAGGED)
                .then()
                .statusCode(200)
                .body("items[0].answered", equalTo(true))
                .body("items[0].daysToResponse", equalTo(15));

        as(official)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "DONE"))
                .patch("/api/v1/responses/" + response)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"));

        // only the survivors who may be contacted now are asked
        List<FollowUpRow> rows = followUps.of(response);
        assertThat(rows).hasSize(14);
        for (long survivor : asked) {
            FollowUpRow row = followUps.of(response, survivor);
            assertThat(row.channel()).isEqualTo(FollowUpChannel.SMS_CONVERSATION);
            assertThat(row.status()).isEqualTo(FollowUpStatus.QUEUED);
        }
        assertThat(followUps.of(response, silent).reason()).isEqualTo(InvitationReason.NO_CONSENT);
        assertThat(followUps.of(response, blocked).reason())
                .isEqualTo(InvitationReason.DO_NOT_CONTACT);
        assertThat(followUps.of(response, evening).status()).isEqualTo(FollowUpStatus.WAITING);

        dispatcher.dispatchDue(NOW);

        for (String phone : phones) {
            assertThat(FakeTwilio.to(phone)).as("asked once").hasSize(1);
            assertThat(FakeTwilio.to(phone).get(0).form().get("Body"))
                    .doesNotContain("Sandeshkhali");
        }
        assertThat(FakeTwilio.to(blockedPhone)).isEmpty();
        assertThat(FakeTwilio.to(silentPhone)).isEmpty();
        assertThat(FakeTwilio.to(eveningPhone)).isEmpty();

        // ten answers: Bengali 1 2 1 2, Telugu 1 2 3 3, Devanagari 1, Latin 3 (seven "better")
        String[] replies = {"১", "২", "১", "২", "౧", "౨", "౩", "౩", "१", "3"};
        for (int i = 0; i < replies.length; i++) {
            FollowUpFixtures.answerBySms(phones.get(i), replies[i]);
        }
        assertThat(followUps.of(response, asked.get(0)).answer()).isEqualTo(1);
        assertThat(followUps.of(response, asked.get(6)).answer()).isEqualTo(3);
        assertThat(followUps.of(response, asked.get(8)).answer()).isEqualTo(1);

        assertThat(confirmationCell(district).getCellType()).isEqualTo(CellType.STRING);
        assertThat(confirmationCell(district).getStringCellValue()).isEqualTo("not shown");

        // the eleventh answer (a little better): 8 of 11, published in steps of 20 %
        FollowUpFixtures.answerBySms(phones.get(10), "2");

        Cell share = confirmationCell(district);
        assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(share.getNumericCellValue()).isEqualTo(0.8);
        assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0%");
    }

    /**
     * The quarter's ratings of the station and three peers: the station 19 satisfied of 30 (BELOW
     * its category's 0.833 by the exact binomial tail, P = 0.007), each peer 27 of 30.
     */
    private void rateTheQuarter(Area district, String station, List<Long> survivors) {
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            peers.add(fixtures.provider(district.id, "POLICE", "Thana Hingalganj " + i));
        }
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            long stationId = Provider.findByCode(station).id;
                            for (int i = 0; i < survivors.size(); i++) {
                                // eleven of the fourteen survivors were dissatisfied
                                rate(stationId, survivors.get(i), i < 11 ? 2 : 4);
                            }
                            for (int i = 0; i < 16; i++) {
                                rate(stationId, null, 4);
                            }
                            for (String peer : peers) {
                                long peerId = Provider.findByCode(peer).id;
                                for (int i = 0; i < 30; i++) {
                                    rate(peerId, null, i < 27 ? 5 : 1);
                                }
                            }
                        });
    }

    private static void rate(long providerId, Long survivor, int overall) {
        RatingRow.of(providerId)
                .by(survivor)
                .verified(survivor != null)
                .at(FLAGGED, RatingRow.day(FLAGGED, 10))
                .overall(overall)
                .persist();
    }

    /** The district's "Survivors say it got better" cell of its 1939-Q4 workbook, made now. */
    private Cell confirmationCell(Area district) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(
                reports.build(new ReportRequest(REPORTED, Audience.OFFICIAL, district.id, true)),
                List.of(),
                out,
                ReportProgress.IGNORED);
        XSSFWorkbook workbook = WorkbookReadBack.open(out.toByteArray());
        return WorkbookReadBack.rowStartingWith(workbook.getSheet("Responses"), district.name)
                .getCell(5);
    }
}
