package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.feedback.Channel;

/** The DEMO preset has the shape the demo and the scoring gates need. */
class DemoPresetShapeTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    private static DemoProgramme programme;
    private static int[] ratingsPerProvider;
    private static int[] satisfiedPerProvider;
    private static final Set<String> periods = new HashSet<>();
    private static final Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private static final Set<EncounterOutcome> outcomes = EnumSet.noneOf(EncounterOutcome.class);
    private static final Set<String> serviceTypes = new HashSet<>();
    private static final Map<String, Integer> tally = new HashMap<>();

    @BeforeAll
    static void generate() {
        programme = DemoProgramme.generate(20260401, DemoSize.DEMO, TODAY, KOLKATA);
        ratingsPerProvider = new int[programme.providers().size()];
        satisfiedPerProvider = new int[programme.providers().size()];
        programme
                .activities()
                .forEachRemaining(
                        a -> {
                            if (a.encounter() != null) {
                                outcomes.add(a.encounter().outcome());
                                serviceTypes.add(a.encounter().serviceType());
                            }
                            DemoRating r = a.rating();
                            if (r == null) {
                                return;
                            }
                            ratingsPerProvider[r.providerIndex()]++;
                            satisfiedPerProvider[r.providerIndex()] += r.satisfied() ? 1 : 0;
                            periods.add(r.period());
                            channels.add(r.channel());
                            count("ratings");
                            count(r.verified() ? "verified" : "unverified");
                            count(r.answers().overall() == null ? "no overall" : "overall");
                            count("money " + r.answers().moneyAsked());
                            count(r.comment() == null ? "no comment" : "comment");
                            if (r.anonymousRaterKey() != null) {
                                count(r.anonymousRaterKey().substring(0, 2));
                            }
                        });
    }

    @Test
    void hasAboutThreeHundredProvidersOfEveryCategoryInBothStates() {
        assertThat(programme.providers()).hasSize(300);
        Set<String> categories = new HashSet<>();
        Set<Integer> states = new HashSet<>();
        for (DemoProvider p : programme.providers()) {
            categories.add(p.category());
            states.add(programme.areas().get(p.districtIndex()).parentIndex());
            assertThat(p.languages()).matches(stateLanguages(p));
        }
        assertThat(categories).hasSize(8);
        assertThat(states).hasSize(2);
        assertThat(programme.areas().stream().filter(a -> a.level() == AreaLevel.DISTRICT))
                .extracting(DemoArea::name)
                .contains("North 24 Parganas", "South 24 Parganas", "East Godavari", "Guntur");
    }

    @Test
    void hasAThousandSurvivorsMostlyConsentingWithFakeMobiles() {
        List<DemoSurvivor> survivors = programme.survivors();
        long withdrawn = survivors.stream().filter(s -> !s.consentReporting()).count();

        assertThat(survivors).hasSize(1_000);
        assertThat(withdrawn).isBetween(10L, 60L);
        assertThat(survivors).allSatisfy(s -> assertThat(s.mobile()).matches("[6-9][0-9]{9}"));
        assertThat(survivors)
                .filteredOn(s -> s.consentIvr())
                .allSatisfy(s -> assertThat(s.ivrPin()).isNotNegative());
        assertThat(survivors.stream().map(DemoSurvivor::language).distinct())
                .containsExactlyInAnyOrder("bn", "te", "hi", "en");
    }

    @Test
    void hasTwentyThousandRatingsOverSixCompleteQuarters() {
        List<Quarter> quarters = programme.quarters();

        assertThat(tally.get("ratings")).isEqualTo(20_000);
        assertThat(quarters).hasSize(7).last().isEqualTo(Quarter.of(TODAY));
        assertThat(quarters.get(5)).isEqualTo(Quarter.of(TODAY).previous());
        assertThat(periods)
                .containsExactlyInAnyOrderElementsOf(
                        quarters.stream().map(Quarter::toString).toList());
        assertThat(channels).containsExactlyInAnyOrder(Channel.values());
        assertThat(outcomes).containsExactlyInAnyOrder(EncounterOutcome.values());
        assertThat(serviceTypes).hasSize(14);
        assertThat(share("verified")).isBetween(0.75, 0.89);
        assertThat(share("no overall")).isBetween(0.005, 0.05);
        assertThat(share("money true")).isBetween(0.02, 0.2);
        assertThat(share("money null")).isBetween(0.1, 0.4);
        assertThat(share("comment")).isBetween(0.02, 0.06);
        assertThat(tally.get("P:")).isPositive();
        assertThat(tally.get("A:")).isPositive();
    }

    @Test
    void ratingCountsPerProviderCrossEveryScoringGate() {
        long suppressed = countProviders(0, 10);
        long insufficient = countProviders(11, 19);
        long classified = countProviders(20, Integer.MAX_VALUE);

        assertThat(suppressed).isBetween(10L, 40L);
        assertThat(insufficient).isBetween(15L, 50L);
        assertThat(classified).isGreaterThan(200L);
    }

    @Test
    void aboutOneInTwentyProvidersIsClearlyWorseAndOneInTwentyClearlyBetter() {
        assertThat(tierGap(QualityTier.WORSE)).isLessThan(-0.15);
        assertThat(tierGap(QualityTier.BETTER)).isGreaterThan(0.08);
        assertThat(programme.providers().stream().filter(p -> p.tier() == QualityTier.WORSE))
                .hasSize(15)
                .allSatisfy(
                        p -> assertThat(ratingsPerProvider[p.index()]).isGreaterThanOrEqualTo(20));
        assertThat(programme.providers().stream().filter(p -> p.tier() == QualityTier.BETTER))
                .hasSize(15);
    }

    /** Mean observed satisfied share of the tier's providers minus their category's share. */
    private static double tierGap(QualityTier tier) {
        Map<String, int[]> byCategory = new HashMap<>();
        for (DemoProvider p : programme.providers()) {
            int[] sums = byCategory.computeIfAbsent(p.category(), k -> new int[2]);
            sums[0] += satisfiedPerProvider[p.index()];
            sums[1] += ratingsPerProvider[p.index()];
        }
        return programme.providers().stream()
                .filter(p -> p.tier() == tier)
                .mapToDouble(
                        p -> {
                            int[] c = byCategory.get(p.category());
                            return (double) satisfiedPerProvider[p.index()]
                                            / ratingsPerProvider[p.index()]
                                    - (double) c[0] / c[1];
                        })
                .average()
                .orElseThrow();
    }

    private static long countProviders(int min, int max) {
        return java.util.Arrays.stream(ratingsPerProvider)
                .filter(n -> n >= min && n <= max)
                .count();
    }

    private static String stateLanguages(DemoProvider p) {
        String state =
                programme
                        .areas()
                        .get(programme.areas().get(p.districtIndex()).parentIndex())
                        .name();
        return state.equals("West Bengal") ? "bn(,hi)?(,en)?" : "te(,en)?";
    }

    private static double share(String key) {
        return tally.getOrDefault(key, 0) / (double) tally.get("ratings");
    }

    private static void count(String key) {
        tally.merge(key, 1, Integer::sum);
    }
}
