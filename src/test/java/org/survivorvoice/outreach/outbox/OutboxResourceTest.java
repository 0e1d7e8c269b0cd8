package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * The admins' outbox listing, and the canary: a planted phone and the link token that went out
 * appear in no response and no log line (SAFETY D2).
 */
@QuarkusTest
class OutboxResourceTest {

    private static final Pattern LINK = Pattern.compile("/r/([A-Za-z0-9_-]{24})");

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
    }

    @Test
    void adminsSeeTemplatesAndStatusesButNeverPhoneOrToken() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String code = fixtures.provider(district.id, "POLICE", "Hingalganj Police Station");
        List<String> responses = new ArrayList<>();
        String token;

        try (CapturedLog log = CapturedLog.install()) {
            // enrolled through the API with every consent: the encounter's invitation is a link
            long survivor = Staff.enrol(worker, district.id, Staff.CANARY_PHONE);
            long encounter = Staff.encounter(worker, survivor, code);
            responses.add(as(worker).get("/api/v1/encounters/" + encounter).asString());
            long invitation = outreach.invitationId(encounter);
            // dispatched at the next noon in Kolkata, inside her safe hours
            dispatcher.dispatchDue(
                    OutreachFixtures.noonIn(1).isAfter(Instant.now())
                            ? OutreachFixtures.noonIn(1)
                            : OutreachFixtures.noonIn(2));
            List<FakeTwilio.Received> sent = FakeTwilio.to("+91" + Staff.CANARY_PHONE);
            assertThat(sent).hasSize(1);
            Matcher m = LINK.matcher(sent.get(0).form().get("Body"));
            assertThat(m.find()).isTrue();
            token = m.group(1);

            String listing =
                    as(admin)
                            .get("/api/v1/outbox?status=SENT&size=500")
                            .then()
                            .statusCode(200)
                            .body("items.invitationId", hasItem((int) invitation))
                            .body("items.templateKey", hasItem("invitation.sms-link"))
                            .extract()
                            .asString();
            responses.add(listing);
            assertThat(listing).contains("/r/********");
            responses.add(as(admin).get("/api/v1/outbox").asString());
            assertThat(log.text()).doesNotContain(Staff.CANARY_PHONE).doesNotContain(token);
        }
        assertThat(String.join("\n", responses))
                .doesNotContain(Staff.CANARY_PHONE)
                .doesNotContain(token);
    }

    @Test
    void badStatusOrPagingIs400() {
        String admin = fixtures.user(Roles.ADMIN, null);

        as(admin)
                .get("/api/v1/outbox?status=LOST")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
        as(admin).get("/api/v1/outbox?size=501").then().statusCode(400);
    }
}
