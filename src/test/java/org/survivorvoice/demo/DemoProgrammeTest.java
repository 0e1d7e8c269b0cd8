package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.provider.ProviderCode;

class DemoProgrammeTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final DemoSize SMALL = new DemoSize(40, 100, 2_000);

    @Test
    void sameSeedGivesTheSameProgrammeRecordForRecord() {
        String first = digest(DemoProgramme.generate(42, SMALL, TODAY, KOLKATA));
        String second = digest(DemoProgramme.generate(42, SMALL, TODAY, KOLKATA));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedGivesADifferentProgramme() {
        assertThat(digest(DemoProgramme.generate(43, SMALL, TODAY, KOLKATA)))
                .isNotEqualTo(digest(DemoProgramme.generate(42, SMALL, TODAY, KOLKATA)));
    }

    @Test
    void activitiesStartAgainFromTheBeginningOnEveryCall() {
        DemoProgramme programme = DemoProgramme.generate(42, SMALL, TODAY, KOLKATA);
        Iterator<DemoActivity> first = programme.activities();
        Iterator<DemoActivity> second = programme.activities();

        for (int i = 0; i < 500; i++) {
            assertThat(second.next()).isEqualTo(first.next());
        }
    }

    @Test
    void everyProviderCodePassesTheVerhoeffCheckAndIsUnique() {
        for (DemoSize size : List.of(DemoSize.DEMO, DemoSize.BENCHMARK)) {
            List<DemoProvider> providers =
                    DemoProgramme.generate(7, size, TODAY, KOLKATA).providers();
            Set<String> codes = new HashSet<>();

            for (DemoProvider p : providers) {
                assertThat(ProviderCode.parse(p.code())).as(p.code()).isPresent();
                assertThat(codes.add(p.code())).as("unique " + p.code()).isTrue();
            }
            assertThat(codes).hasSize(size.providers());
        }
    }

    @Test
    void ratingsAreConsistentWithTheirEncountersAndPeriods() {
        DemoProgramme programme = DemoProgramme.generate(42, SMALL, TODAY, KOLKATA);
        Set<Long> ratedEncounters = new HashSet<>();
        long ratings = 0;

        for (Iterator<DemoActivity> it = programme.activities(); it.hasNext(); ) {
            DemoActivity a = it.next();
            DemoRating r = a.rating();
            if (r == null) {
                continue;
            }
            ratings++;
            LocalDate day = r.ratedAt().atZone(KOLKATA).toLocalDate();
            assertThat(r.period()).isEqualTo(Quarter.of(day).toString());
            assertThat(day).isBefore(TODAY);
            assertThat(r.survivorIndex() >= 0 ^ r.anonymousRaterKey() != null).isTrue();
            if (r.verified()) {
                DemoEncounter e = a.encounter();
                assertThat(e.index()).isEqualTo(r.encounterIndex());
                assertThat(ratedEncounters.add(e.index())).isTrue();
                assertThat(e.providerIndex()).isEqualTo(r.providerIndex());
                assertThat(e.survivorIndex()).isEqualTo(r.survivorIndex());
                assertThat(e.date()).isBeforeOrEqualTo(day);
                assertThat(e.outcomeChangedAt()).isBeforeOrEqualTo(r.ratedAt());
                String category = programme.providers().get(e.providerIndex()).category();
                assertThat(ProviderCategoryCode.valueOf(category).serviceTypes())
                        .contains(e.serviceType());
            } else {
                assertThat(a.encounter()).isNull();
            }
        }
        assertThat(ratings).isEqualTo(SMALL.ratings());
    }

    @Test
    void areaNamesAreUniqueUnderTheirParent() {
        List<DemoArea> areas = DemoProgramme.generate(1, SMALL, TODAY, KOLKATA).areas();
        Set<String> keys = new HashSet<>();

        for (DemoArea a : areas) {
            assertThat(keys.add(a.parentIndex() + "/" + a.name())).as(a.name()).isTrue();
            if (a.parentIndex() >= 0) {
                assertThat(a.parentIndex()).isLessThan(a.index());
                assertThat(areas.get(a.parentIndex()).level().ordinal())
                        .isEqualTo(a.level().ordinal() - 1);
            }
        }
    }

    /** SHA-256 over every record of the programme, phones included. */
    private static String digest(DemoProgramme programme) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        programme.areas().forEach(a -> update(sha, a.toString()));
        programme.providers().forEach(p -> update(sha, p.toString()));
        programme.survivors().forEach(s -> update(sha, s + s.mobile() + s.enrolledAt()));
        programme.activities().forEachRemaining(a -> update(sha, a.toString()));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }
}
