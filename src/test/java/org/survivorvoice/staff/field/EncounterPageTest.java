package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;
import org.survivorvoice.testing.StaffPageClient;

@QuarkusTest
class EncounterPageTest {

    @Inject Fixtures fixtures;
    @Inject FieldCounts counts;

    @Test
    void readsTheProviderBackThenLogsTheEncounter() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Thana Barasat");
        long survivor = Staff.enrol(worker, district.id, "9830012001");
        Map<String, String> fields = form(survivor, code);
        fields.put("action", "check");

        String checked =
                StaffPageClient.as(worker)
                        .postForm("/staff/encounters/new?lang=en", fields)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(checked)
                .contains("Provider: Thana Barasat")
                .contains("value=\"" + survivor + "\"");
        assertThat(counts.encountersOf(code)).isZero();

        fields.put("action", "log");
        Response logged = StaffPageClient.as(worker).postForm("/staff/encounters/new", fields);

        assertThat(logged.statusCode()).isEqualTo(303);
        assertThat(counts.encountersOf(code)).isEqualTo(1);
        String path = logged.header("Location").replaceAll("^https?://[^/]+", "");
        String page =
                StaffPageClient.as(worker)
                        .get(path + "?lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(page)
                .contains("Thana Barasat")
                .contains("action=\"/staff/assisted\"")
                .contains("name=\"code\" value=\"" + code + "\"")
                .contains("Enter her rating now");
    }

    @Test
    void refusesAWrongCheckDigitAndStoresNothing() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Thana");
        long survivor = Staff.enrol(worker, district.id, "9830012002");
        String wrong = code.substring(0, 5) + ((code.charAt(5) - '0' + 1) % 10);
        Map<String, String> fields = form(survivor, wrong);

        String page =
                StaffPageClient.as(worker)
                        .postForm("/staff/encounters/new?lang=en", fields)
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();

        assertThat(page)
                .contains("its check digit does not match")
                .contains("value=\"" + wrong + "\"");
        assertThat(counts.encountersOf(code)).isZero();
    }

    @Test
    void aDistrictBoundWorkerCannotLogForAnotherDistrict() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String otherWorker = fixtures.user(Roles.FIELDWORKER, other.id);
        String ownCode = fixtures.provider(district.id, "POLICE", "Own thana");
        String otherCode = fixtures.provider(other.id, "POLICE", "Other thana");
        long ownSurvivor = Staff.enrol(worker, district.id, "9830012003");
        long otherSurvivor = Staff.enrol(otherWorker, other.id, "9830012004");

        String otherProvider =
                StaffPageClient.as(worker)
                        .postForm("/staff/encounters/new?lang=en", form(ownSurvivor, otherCode))
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();
        String otherSurvivorPage =
                StaffPageClient.as(worker)
                        .postForm("/staff/encounters/new?lang=en", form(otherSurvivor, ownCode))
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();

        assertThat(otherProvider)
                .contains("No provider with this code in your district.")
                .doesNotContain("Other thana");
        assertThat(otherSurvivorPage).contains("No survivor with this number in your district.");
        assertThat(counts.encountersOf(otherCode)).isZero();
        assertThat(counts.encountersOf(ownCode)).isZero();
    }

    @Test
    void changesTheOutcomeWithTheSameDistrictChecks() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String stranger = fixtures.user(Roles.FIELDWORKER, other.id);
        String code = fixtures.provider(district.id, "HOSPITAL", "District hospital");
        long survivor = Staff.enrol(worker, district.id, "9830012005");
        long encounter = Staff.encounter(worker, survivor, code);
        String before = counts.outcomeOf(encounter);
        String next = before.equals("RECEIVED") ? "DENIED" : "RECEIVED";

        StaffPageClient.as(stranger).get("/staff/encounters/" + encounter).then().statusCode(404);
        StaffPageClient.as(stranger)
                .postForm("/staff/encounters/" + encounter, Map.of("outcome", next))
                .then()
                .statusCode(404);
        assertThat(counts.outcomeOf(encounter)).isEqualTo(before);

        Response saved =
                StaffPageClient.as(worker)
                        .postForm("/staff/encounters/" + encounter, Map.of("outcome", next));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(counts.outcomeOf(encounter)).isEqualTo(next);
    }

    private static Map<String, String> form(long survivor, String code) {
        Map<String, String> fields = new HashMap<>();
        fields.put("survivor", Long.toString(survivor));
        fields.put("code", code);
        fields.put("serviceType", "RATION_CARD");
        fields.put("date", LocalDate.now().minusDays(2).toString());
        fields.put("outcome", "PENDING");
        fields.put("action", "log");
        return fields;
    }
}
