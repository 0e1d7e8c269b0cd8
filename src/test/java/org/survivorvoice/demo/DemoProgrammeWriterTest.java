package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderCategory;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.testing.Fixtures;

@QuarkusTest
class DemoProgrammeWriterTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final DemoSize SMALL = new DemoSize(40, 100, 2_000);

    @Inject DemoProgrammeWriter writer;
    @Inject AgroalDataSource dataSource;
    @Inject PhoneVault vault;
    @Inject Fixtures fixtures;

    @Test
    void writesEveryRecordOfASmallProgrammeBesideExistingRows() throws SQLException {
        DemoProgramme programme =
                DemoProgramme.generate(11, SMALL, LocalDate.of(2026, 5, 15), KOLKATA);
        String takenCode = programme.providers().get(0).code();
        existingProviderWithCode(takenCode);
        Map<String, Long> before = counts();
        long ratingsBefore = before.get("rating");

        DemoLoadReport report = writer.write(programme);

        Map<String, Long> after = counts();
        assertThat(after.get("area") - before.get("area")).isEqualTo(programme.areas().size());
        assertThat(after.get("provider") - before.get("provider")).isEqualTo(40);
        assertThat(after.get("survivor") - before.get("survivor")).isEqualTo(100);
        assertThat(after.get("rating") - ratingsBefore)
                .isEqualTo(2_000)
                .isEqualTo(report.ratings());
        assertThat(after.get("encounter") - before.get("encounter"))
                .isEqualTo(report.encounters())
                .isGreaterThan(report.ratings() / 2);
        assertThat(after.get("invitation") - before.get("invitation"))
                .isEqualTo(report.invitations())
                .isGreaterThan(report.encounters() * 9 / 10);
        assertThat(report.rowsPerSecond()).isPositive();

        String since = " AND r.id > " + ratingsBefore;
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM (SELECT encounter_id FROM rating"
                                        + " WHERE encounter_id IS NOT NULL GROUP BY encounter_id"
                                        + " HAVING COUNT(*) > 1) twice"))
                .as("encounters rated more than once")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM rating r JOIN encounter e ON e.id ="
                                        + " r.encounter_id WHERE (r.provider_id <> e.provider_id OR"
                                        + " r.survivor_id <> e.survivor_id)"
                                        + since))
                .as("ratings whose encounter is someone else's")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM rating r WHERE r.verified <> (r.encounter_id"
                                        + " IS NOT NULL)"
                                        + since))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM rating r WHERE r.survivor_id IS NOT NULL"
                                        + " AND r.rater_key <> CONCAT('S:', r.survivor_id)"
                                        + since))
                .isZero();
        // India keeps +05:30 all year, so the period is the quarter of rated_at moved by 330 min
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM rating r WHERE r.period <> CONCAT("
                                        + "YEAR(r.rated_at + INTERVAL 330 MINUTE), '-Q',"
                                        + " QUARTER(r.rated_at + INTERVAL 330 MINUTE))"
                                        + since))
                .as("ratings whose period is not the quarter of rated_at in Kolkata")
                .isZero();
        String newInvitations = " AND i.id > " + before.get("invitationMax");
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM invitation i JOIN encounter e ON e.id ="
                                        + " i.encounter_id WHERE (i.survivor_id <> e.survivor_id"
                                        + " OR i.provider_id <> e.provider_id OR i.district_id <>"
                                        + " e.district_id OR i.created_at < e.created_at)"
                                        + newInvitations))
                .as("invitations that are not their encounter's")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM invitation i WHERE (i.sent_at IS NULL) <>"
                                        + " (i.sent_period IS NULL) OR i.sent_period <> CONCAT("
                                        + "YEAR(i.sent_at + INTERVAL 330 MINUTE), '-Q',"
                                        + " QUARTER(i.sent_at + INTERVAL 330 MINUTE))"
                                        + newInvitations))
                .as("invitations whose sent period is not the quarter of sent_at in Kolkata")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM invitation i WHERE i.status = 'ANSWERED'"
                                        + " AND NOT EXISTS (SELECT 1 FROM rating r WHERE"
                                        + " r.encounter_id = i.encounter_id)"
                                        + newInvitations))
                .as("answered invitations without a rating")
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(DISTINCT i.status) FROM invitation i WHERE"
                                        + " i.status IN ('ANSWERED', 'EXPIRED')"
                                        + newInvitations))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM provider WHERE code = '" + takenCode + "'"))
                .as("the taken code stays with its first provider")
                .isEqualTo(1);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM provider p JOIN area d ON d.id ="
                                        + " p.district_id WHERE d.level <> 'DISTRICT' AND p.id > "
                                        + before.get("providerMax")))
                .isZero();
    }

    @Test
    void storedRowsReadBackThroughTheEntitiesAndTheVault() throws SQLException {
        DemoProgramme programme =
                DemoProgramme.generate(
                        12, new DemoSize(10, 20, 100), LocalDate.of(2026, 2, 1), KOLKATA);
        long ratingBase = counts().get("ratingMax");
        long survivorBase = counts().get("survivorMax");

        writer.write(programme);

        DemoRating first =
                programme
                        .activityStream()
                        .map(DemoActivity::rating)
                        .filter(r -> r != null)
                        .findFirst()
                        .orElseThrow();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            Rating stored = Rating.findById(ratingBase + 1);
                            assertThat(stored.ratedAt).isEqualTo(first.ratedAt());
                            assertThat(stored.period).isEqualTo(first.period());
                            assertThat(stored.provider.code).matches("[1-9][0-9]{5}");
                            assertThat(ProviderCode.parse(stored.provider.code)).isPresent();
                        });
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT phone_ciphertext, phone_index FROM survivor WHERE id ="
                                        + " ?")) {
            s.setLong(1, survivorBase + 1);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                PhoneNumber phone = vault.decrypt(rs.getBytes(1));
                assertThat(phone.e164()).isEqualTo("+91" + programme.survivors().get(0).mobile());
                assertThat(rs.getBytes(2)).isEqualTo(vault.blindIndex(phone));
            }
        }
    }

    private void existingProviderWithCode(String code) {
        Area district = fixtures.district();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            if (Provider.findByCode(code) != null) {
                                return;
                            }
                            Provider p = new Provider();
                            p.code = code;
                            p.name = "Existing provider";
                            p.category = ProviderCategory.findByCode("POLICE");
                            p.area = Area.findById(district.id);
                            p.district = p.area;
                            p.languages = "en";
                            p.active = true;
                            p.persist();
                        });
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table :
                new String[] {
                    "area", "provider", "survivor", "encounter", "rating", "invitation"
                }) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
            counts.put(table + "Max", count("SELECT COALESCE(MAX(id), 0) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
