package org.survivorvoice.staff.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.encounter.ServiceType;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/** {@code /staff/service-types}: the types by pillar in four languages, and the move form. */
@QuarkusTest
class ServiceTypesPageTest {

    @Inject Fixtures fixtures;

    @Test
    void showsEveryTypeWithItsPillarInFourLanguages() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Map<String, String> rehabilitate =
                Map.of(
                        "en",
                        "Rehabilitate",
                        "hi",
                        "पुनर्वास",
                        "bn",
                        "পুনর্বাসন",
                        "te",
                        "పునరావాసం");
        // the admin menu's entry, marked as the current page
        Map<String, String> menu =
                Map.of(
                        "en", "Service types",
                        "hi", "सेवा के प्रकार",
                        "bn", "পরিষেবার ধরন",
                        "te", "సేవల రకాలు");
        for (var language : rehabilitate.entrySet()) {
            var response =
                    StaffPageClient.as(admin).get("/staff/service-types?lang=" + language.getKey());
            assertThat(response.statusCode()).isEqualTo(200);
            String html = response.asString();
            assertThat(html)
                    .contains("id=\"type-RATION_CARD\"", "Ration card", language.getValue())
                    .contains("name=\"csrf\"", "action=\"/staff/service-types\"")
                    .contains("<strong>" + menu.get(language.getKey()) + "</strong>");
        }
    }

    @Test
    void theFormMovesATypeAndRefusesAnUnknownPillar() {
        String admin = fixtures.user(Roles.ADMIN, null);
        StaffPageClient client = StaffPageClient.as(admin);
        try {
            var moved =
                    client.postForm(
                            "/staff/service-types",
                            Map.of("code", "CHILD_EDUCATION", "pillar", "PROTECT"));
            assertThat(moved.statusCode()).isEqualTo(303);
            assertThat(moved.header("Location")).endsWith("/staff/service-types?done=moved");
            assertThat(pillarOf("CHILD_EDUCATION")).isEqualTo(Pillar.PROTECT);
            assertThat(fixtures.auditActions("service_type", "CHILD_EDUCATION")).contains("PILLAR");

            var refused =
                    client.postForm(
                            "/staff/service-types?lang=bn",
                            Map.of("code", "CHILD_EDUCATION", "pillar", "PUNISH"));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.asString()).contains("চারটি স্তম্ভের একটি বেছে নিন।");
            var unknown =
                    client.postForm(
                            "/staff/service-types", Map.of("code", "NOPE", "pillar", "PROTECT"));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(pillarOf("CHILD_EDUCATION")).isEqualTo(Pillar.PROTECT);
        } finally {
            client.postForm(
                    "/staff/service-types", Map.of("code", "CHILD_EDUCATION", "pillar", "PREVENT"));
        }
        assertThat(pillarOf("CHILD_EDUCATION")).isEqualTo(Pillar.PREVENT);
    }

    @Test
    void onlyAdminsOpenOrPostThePage() {
        long district = fixtures.district().id;
        for (String role : List.of(Roles.FIELDWORKER, Roles.FUNDER, Roles.OFFICIAL)) {
            String user = fixtures.user(role, role.equals(Roles.FUNDER) ? null : district);
            assertThat(StaffPageClient.as(user).get("/staff/service-types").statusCode())
                    .isEqualTo(403);
            assertThat(
                            StaffPageClient.as(user)
                                    .postForm(
                                            "/staff/service-types",
                                            Map.of("code", "FIR", "pillar", "PREVENT"))
                                    .statusCode())
                    .isEqualTo(403);
        }
        assertThat(pillarOf("FIR")).isEqualTo(Pillar.PROSECUTE);
    }

    private static Pillar pillarOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ServiceType.findByCode(code).pillar);
    }
}
