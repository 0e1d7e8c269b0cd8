package org.survivorvoice.staff.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The field worker's case pages through HTTP: her area's cases only, overdue first; a case's page
 * with her words and what to read before calling, audited; the three forms; and the reveal answer,
 * the only page with her number. Officials and funders are refused, another area's case is a 404.
 */
@QuarkusTest
class CasesPagesTest {

    private static final String THREAT = "ওরা আমাকে হুমকি দিয়েছে, টাকা চেয়েছে";

    @Inject Fixtures fixtures;
    @Inject CaseData data;

    @Test
    void listsHerAreasCasesOverdueFirstWithoutWordsOrNumbers() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Bongaon Thana");
        CaseData.Opened fresh = data.open(worker, district.id, code, THREAT);
        CaseData.Opened late = data.open(worker, district.id, code, THREAT);
        data.makeOverdue(late.id(), Duration.ofDays(2).plusHours(3), true);
        String elsewhere = fixtures.user(Roles.FIELDWORKER, other.id);
        CaseData.Opened foreign =
                data.open(
                        elsewhere,
                        other.id,
                        fixtures.provider(other.id, "POLICE", "Other Thana"),
                        THREAT);

        Response answer = StaffPageClient.as(worker).get("/staff/cases?status=open");

        assertThat(answer.statusCode()).isEqualTo(200);
        HtmlPage page = HtmlPage.of(answer.asString());
        assertThat(page.rowIds()).containsExactly("case-" + late.id(), "case-" + fresh.id());
        assertThat(page.attr("case-" + late.id(), "class")).isEqualTo("overdue");
        assertThat(page.text("deadline-" + late.id())).isEqualTo("overdue by 2 days");
        assertThat(page.text("case-" + late.id())).contains("Escalated to admins");
        assertThat(page.text("deadline-" + fresh.id())).isEqualTo("due in 3 days");
        assertThat(page.text("case-" + fresh.id()))
                .contains("Money or a favour asked", "With a field worker", "Bongaon Thana");
        assertThat(page.text("overdue-count")).endsWith(": 1");
        assertThat(answer.asString())
                .doesNotContain("হুমকি")
                .doesNotContain("case-" + foreign.id());
        assertThat(answer.asString().replaceAll("[^0-9]", ""))
                .doesNotContain(fresh.phone())
                .doesNotContain(late.phone());
        assertThat(
                        HtmlPage.of(
                                        StaffPageClient.as(worker)
                                                .get("/staff/cases?status=closed&lang=te")
                                                .asString())
                                .text("no-cases"))
                .isEqualTo("ఇక్కడ కేసులు లేవు.");
        assertThat(StaffPageClient.as(worker).get("/staff/cases?status=lost").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aCasePageShowsHerWordsAndHerConsentAndRecordsTheView() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "HOSPITAL", "Barasat Hospital");
        CaseData.Opened opened = data.open(worker, district.id, code, THREAT);

        Response answer = StaffPageClient.as(worker).get("/staff/cases/" + opened.id());

        assertThat(answer.statusCode()).isEqualTo(200);
        HtmlPage page = HtmlPage.of(answer.asString());
        assertThat(page.text("her-words")).isEqualTo(THREAT);
        assertThat(page.attr("her-words", "lang")).isEqualTo("bn");
        assertThat(page.text("consent-enrolled")).isEqualTo("An enrolled survivor");
        assertThat(page.text("consent-calls")).isEqualTo("Yes");
        assertThat(page.text("consent-hours")).startsWith("10:00 – 17:30");
        assertThat(page.text("consent-language")).isEqualTo("Bengali");
        assertThat(page.attr("confirmed", "required")).isNotNull();
        assertThat(page.has("reveal-form")).isTrue();
        // the four forms of the case and the sign-out form each carry the token
        assertThat(page.count("it.name() == 'input' && it.@name == 'csrf'")).isEqualTo(5);
        assertThat(answer.asString().replaceAll("[^0-9]", "")).doesNotContain(opened.phone());
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .containsExactly("SAFETY_CASE_OPENED", "SAFETY_CASE_VIEWED");
    }

    @Test
    void theFormsMarkContactedNoteAndCloseWithAnOutcome() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Ashoknagar Thana");
        long id = data.open(worker, district.id, code, THREAT).id();
        StaffPageClient pages = StaffPageClient.as(worker);
        String path = "/staff/cases/" + id;

        Response contacted =
                pages.postForm(path, Map.of("action", "contacted", "note", "Spoke at 11"));
        assertThat(contacted.statusCode()).isEqualTo(303);
        assertThat(contacted.header("Location")).endsWith(path + "?done=contacted");
        assertThat(data.status(id)).isEqualTo(CaseStatus.CONTACTED);

        Response noOutcome = pages.postForm(path, Map.of("action", "close"));
        assertThat(noOutcome.statusCode()).isEqualTo(400);
        assertThat(HtmlPage.of(noOutcome.asString()).text("errors"))
                .isEqualTo("Choose how the case ended.");
        assertThat(pages.postForm(path, Map.of("action", "note", "note", " ")).statusCode())
                .isEqualTo(400);
        assertThat(pages.postForm(path, Map.of("action", "note", "note", "Legal aid booked")))
                .satisfies(r -> assertThat(r.statusCode()).isEqualTo(303));
        assertThat(
                        pages.postForm(
                                        path,
                                        Map.of("action", "close", "outcome", "REFERRED_LEGAL_AID"))
                                .statusCode())
                .isEqualTo(303);
        assertThat(data.status(id)).isEqualTo(CaseStatus.CLOSED);

        Response again = pages.postForm(path, Map.of("action", "contacted"));
        assertThat(again.statusCode()).isEqualTo(422);
        HtmlPage page = HtmlPage.of(pages.get(path + "?done=closed").asString());
        assertThat(page.text("done")).isEqualTo("The case is closed.");
        assertThat(page.text("status")).isEqualTo("Closed · Referred to legal aid");
        assertThat(page.text("notes")).contains("Spoke at 11").contains("Legal aid booked");
        assertThat(page.text("notes").indexOf("Spoke at 11"))
                .isLessThan(page.text("notes").indexOf("Legal aid booked"));
        assertThat(page.has("contacted-form") || page.has("close-form")).isFalse();
        assertThat(fixtures.auditActions("safety_case", id))
                .filteredOn("SAFETY_CASE_UPDATED"::equals)
                .hasSize(3);
    }

    @Test
    void revealShowsHerNumberOnceAfterTheConsentIsConfirmed() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Habra Thana");
        CaseData.Opened opened = data.open(worker, district.id, code, THREAT);
        StaffPageClient pages = StaffPageClient.as(worker);
        String path = "/staff/cases/" + opened.id() + "/reveal";

        Response unconfirmed = pages.postForm(path, Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(unconfirmed.asString().replaceAll("[^0-9]", "")).doesNotContain(opened.phone());
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .doesNotContain("SAFETY_CASE_CONTACT_REVEALED");

        Response revealed = pages.postForm(path, Map.of("confirmed", "yes"));

        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(revealed.header("Location")).isNull();
        assertThat(revealed.getCookies().values()).noneMatch(v -> v.contains(opened.phone()));
        HtmlPage page = HtmlPage.of(revealed.asString());
        assertThat(page.text("phone")).isEqualTo("+91" + opened.phone());
        assertThat(page.attr("phone", "href")).isEqualTo("tel:+91" + opened.phone());
        assertThat(fixtures.auditActions("safety_case", opened.id()))
                .contains("SAFETY_CASE_CONTACT_REVEALED");
        for (String after : new String[] {"/staff/cases/" + opened.id(), "/staff/cases"}) {
            assertThat(pages.get(after).asString().replaceAll("[^0-9]", ""))
                    .doesNotContain(opened.phone());
        }
    }

    @Test
    void anotherAreasCaseIsNotFoundAndOfficialsAndFundersAreRefused() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Barasat Thana");
        long id = data.open(worker, district.id, code, THREAT).id();
        String path = "/staff/cases/" + id;

        StaffPageClient stranger = StaffPageClient.as(fixtures.user(Roles.FIELDWORKER, other.id));
        assertThat(stranger.get(path).statusCode()).isEqualTo(404);
        assertThat(stranger.get(path).asString()).doesNotContain("হুমকি");
        assertThat(stranger.postForm(path, Map.of("action", "contacted")).statusCode())
                .isEqualTo(404);
        assertThat(stranger.postForm(path + "/reveal", Map.of("confirmed", "yes")).statusCode())
                .isEqualTo(404);
        assertThat(data.status(id)).isEqualTo(CaseStatus.OPEN);
        assertThat(fixtures.auditActions("safety_case", id)).containsExactly("SAFETY_CASE_OPENED");
        for (String role : new String[] {Roles.OFFICIAL, Roles.FUNDER}) {
            StaffPageClient refused =
                    StaffPageClient.as(
                            fixtures.user(role, Roles.OFFICIAL.equals(role) ? district.id : null));
            assertThat(refused.get("/staff/cases").statusCode()).isEqualTo(403);
            assertThat(refused.get(path).statusCode()).isEqualTo(403);
            assertThat(refused.postForm(path + "/reveal", Map.of("confirmed", "yes")).statusCode())
                    .isEqualTo(403);
        }
        StaffPageClient admin = StaffPageClient.as(fixtures.user(Roles.ADMIN, null));
        assertThat(admin.get(path).statusCode()).isEqualTo(200);
        assertThat(
                        // the admin's menu entry and the page's way back to the list
                        HtmlPage.of(admin.get(path).asString())
                                .count("it.name() == 'a' && it.@href == '/staff/cases'"))
                .isEqualTo(2);
    }
}
