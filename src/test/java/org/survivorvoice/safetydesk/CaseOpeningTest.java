package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/** A rating that signals danger opens one case in its transaction; any other opens none. */
@QuarkusTest
class CaseOpeningTest {

    @Inject Fixtures fixtures;
    @Inject CaseTexts texts;

    @Test
    void anAssistedRatingWithMoneyAskedOpensOneCaseInHerDistrict() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Basirhat Police Station");
        long survivor = Staff.enrol(worker, district.id, "9830044441");
        long encounter = Staff.encounter(worker, survivor, code);

        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, "bn")
                                .answers(Map.of("overall", 2))
                                .moneyAsked(true)
                                .comment("ওরা আমাকে হুমকি দিয়েছে"))
                .statusCode(201);

        List<Opened> cases = casesOfSurvivor(survivor);
        assertThat(cases).hasSize(1);
        Opened opened = cases.get(0);
        assertThat(opened.signals()).isEqualTo("MONEY_ASKED,DANGER_WORDS");
        assertThat(opened.district()).isEqualTo(district.id);
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.channel()).isEqualTo(CaseChannel.ASSISTED);
        assertThat(opened.text()).isEqualTo("ওরা আমাকে হুমকি দিয়েছে");
        assertThat(opened.hoursToDeadline()).isEqualTo(72);
    }

    @Test
    void aRatingWithoutASignalOpensNone() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "HOSPITAL", "Barasat District Hospital");
        long survivor = Staff.enrol(worker, district.id, "9830044442");
        long encounter = Staff.encounter(worker, survivor, code);

        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, "hi")
                                .answers(Map.of("overall", 1))
                                .moneyAsked(false))
                .statusCode(201);

        assertThat(casesOfSurvivor(survivor)).isEmpty();
    }

    record Opened(
            String signals,
            Long district,
            CaseStatus status,
            CaseChannel channel,
            String text,
            long hoursToDeadline) {}

    @Transactional
    List<Opened> casesOfSurvivor(long survivorId) {
        return SafetyCase.<SafetyCase>find("survivor.id", survivorId).stream()
                .map(
                        c ->
                                new Opened(
                                        c.signals,
                                        c.district == null ? null : c.district.id,
                                        c.status,
                                        c.channel,
                                        texts.openOpening(c),
                                        java.time.Duration.between(c.openedAt, c.deadlineAt)
                                                .toHours()))
                .toList();
    }
}
