package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

@QuarkusTest
class EnrolmentPageTest {

    private static final String PHONE = "98301 23456";

    @Inject Fixtures fixtures;
    @Inject FieldCounts counts;

    @Test
    void showsTheConsentSentencesInHerLanguage() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);

        String page =
                StaffPageClient.as(worker)
                        .get("/staff/survivors/new?for=bn&lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();

        assertThat(page)
                .contains("Enrol a survivor")
                .contains("আপনার সঙ্গে কেমন ব্যবহার")
                .contains("name=\"language\" value=\"bn\"")
                .doesNotContain("May we send you text messages");
    }

    @Test
    void enrolsThroughTheServiceAndShowsOnlyHerNumber() {
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long before = counts.survivorsIn(district.id);

        Response posted =
                StaffPageClient.as(worker).postForm("/staff/survivors/new", form(block.id));

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.header("Location");
        assertThat(location).matches(".*/staff/survivors/[0-9]+/enrolled");
        assertThat(counts.survivorsIn(district.id)).isEqualTo(before + 1);
        String id = location.replaceAll(".*/survivors/([0-9]+)/enrolled", "$1");
        String done =
                StaffPageClient.as(worker)
                        .get("/staff/survivors/" + id + "/enrolled?lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(done).contains(">" + id + "<").contains("বাংলা").contains("21:00");
        assertThat(done.replaceAll("[^0-9]", "")).doesNotContain("9830123456");
    }

    @Test
    void aMistakeKeepsWhatWasTypedExceptThePhoneAndStoresNothing() {
        Area district = fixtures.district();
        Area block = fixtures.block(district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long before = counts.survivorsIn(district.id);
        Map<String, String> fields = form(block.id);
        fields.put("phone", "12345 67890");
        fields.remove("pin");

        String page =
                StaffPageClient.as(worker)
                        .postForm("/staff/survivors/new?lang=en", fields)
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();

        assertThat(page)
                .contains("Not a mobile number")
                .contains("She needs a PIN when she agrees to phone calls.")
                .contains("value=\"21:00\"")
                .contains("value=\"" + block.id + "\" selected")
                .contains("name=\"language\" value=\"bn\"")
                .contains(
                        "id=\"ivr\" name=\"ivr\" value=\"yes\" aria-describedby=\"say-ivr\""
                                + " checked")
                .doesNotContain("1234567890")
                .doesNotContain("12345 67890");
        assertThat(counts.survivorsIn(district.id)).isEqualTo(before);
    }

    @Test
    void aDistrictBoundWorkerCannotEnrolIntoAnotherDistrict() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        Area otherBlock = fixtures.block(other.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long before = counts.survivorsIn(other.id);

        String form =
                StaffPageClient.as(worker)
                        .get("/staff/survivors/new?lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(form).contains(district.name).doesNotContain(other.name);

        String page =
                StaffPageClient.as(worker)
                        .postForm("/staff/survivors/new?lang=en", form(otherBlock.id))
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();

        assertThat(page).contains("Choose an area from the list.");
        assertThat(counts.survivorsIn(other.id)).isEqualTo(before);
    }

    @Test
    void theEnrolmentPageWithItsStylesheetsWeighsUnder100Kilobytes() {
        Area district = fixtures.district();
        fixtures.block(district.id);
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        StaffPageClient client = StaffPageClient.as(worker);

        byte[] page = client.get("/staff/survivors/new?lang=bn&for=bn").asByteArray();
        long total = page.length;
        java.util.regex.Matcher links =
                java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"")
                        .matcher(new String(page, java.nio.charset.StandardCharsets.UTF_8));
        int stylesheets = 0;
        while (links.find()) {
            Response asset = client.get(links.group(1));
            assertThat(asset.statusCode()).isEqualTo(200);
            total += asset.asByteArray().length;
            stylesheets++;
        }

        assertThat(stylesheets).isEqualTo(2);
        assertThat(total).isLessThan(100 * 1024);
    }

    @Test
    void officialsAndFundersCannotOpenThePage() {
        Area district = fixtures.district();
        String official = fixtures.user(Roles.OFFICIAL, district.id);

        StaffPageClient.as(official).get("/staff/survivors/new").then().statusCode(403);
    }

    private static Map<String, String> form(long areaId) {
        Map<String, String> fields = new HashMap<>();
        fields.put("language", "bn");
        fields.put("phone", PHONE);
        fields.put("areaId", Long.toString(areaId));
        fields.put("sms", "yes");
        fields.put("ivr", "yes");
        fields.put("reporting", "yes");
        fields.put("safeFrom", "09:00");
        fields.put("safeTo", "21:00");
        fields.put("pin", "2580");
        return fields;
    }
}
