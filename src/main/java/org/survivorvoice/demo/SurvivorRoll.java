package org.survivorvoice.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Enrols the demo survivors: where they live (in proportion to the programme's weight per
 * district), their language, consent, safe hours, IVR PIN and a fake mobile number. About one in
 * twenty shares a handset with another survivor of her district, which is why the schema's phone
 * blind index is not unique.
 */
final class SurvivorRoll {

    /** Plausible safe-contact windows: times when the household is out or at work. */
    private static final LocalTime[][] SAFE_HOURS = {
        {LocalTime.of(10, 0), LocalTime.of(18, 0)},
        {LocalTime.of(10, 0), LocalTime.of(13, 0)},
        {LocalTime.of(11, 0), LocalTime.of(16, 0)},
        {LocalTime.of(14, 0), LocalTime.of(17, 0)},
        {LocalTime.of(9, 0), LocalTime.of(12, 0)}
    };

    private SurvivorRoll() {}

    /**
     * Survivors enrolled during the year before {@code programmeStart}; withdrawals of reporting
     * consent happen between then and {@code today}.
     */
    static List<DemoSurvivor> enrol(
            AreaTree tree,
            int count,
            LocalDate programmeStart,
            LocalDate today,
            ZoneId zone,
            SplittableRandom random) {
        List<DemoSurvivor> survivors = new ArrayList<>(count);
        List<List<Integer>> byDistrict = new ArrayList<>();
        tree.districts().forEach(d -> byDistrict.add(new ArrayList<>()));
        Set<String> mobiles = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int d = districtSlot(tree, random);
            AreaTree.DistrictPlaces district = tree.districts().get(d);
            List<Integer> neighbours = byDistrict.get(d);
            String mobile;
            if (!neighbours.isEmpty() && random.nextInt(20) == 0) {
                mobile = survivors.get(neighbours.get(random.nextInt(neighbours.size()))).mobile();
            } else {
                do {
                    mobile = fakeMobile(random);
                } while (!mobiles.add(mobile));
            }
            boolean ivr = random.nextDouble() < 0.60;
            boolean reporting = random.nextDouble() >= 0.03;
            Instant enrolledAt =
                    at(programmeStart.minusDays(1 + random.nextInt(365)), zone, random);
            Instant consentChangedAt =
                    reporting
                            ? enrolledAt
                            : at(
                                    programmeStart.plusDays(
                                            random.nextLong(
                                                    Math.max(
                                                            1,
                                                            today.toEpochDay()
                                                                    - programmeStart
                                                                            .toEpochDay()))),
                                    zone,
                                    random);
            LocalTime[] hours = SAFE_HOURS[random.nextInt(SAFE_HOURS.length)];
            survivors.add(
                    new DemoSurvivor(
                            i,
                            mobile,
                            language(district.state().language(), random),
                            district.anyBlock(random).anyGramPanchayat(random),
                            district.areaIndex(),
                            random.nextDouble() < 0.85,
                            ivr,
                            random.nextDouble() < 0.70,
                            reporting,
                            hours[0],
                            hours[1],
                            ivr || random.nextInt(5) == 0
                                    ? random.nextInt(DemoProgramme.IVR_PINS.size())
                                    : -1,
                            random.nextInt(25) == 0,
                            enrolledAt,
                            consentChangedAt));
            neighbours.add(i);
        }
        return List.copyOf(survivors);
    }

    private static int districtSlot(AreaTree tree, SplittableRandom random) {
        return tree.districts().indexOf(tree.weightedDistrict(random));
    }

    /** Ten digits starting 6-9, the shape of an Indian mobile number. */
    private static String fakeMobile(SplittableRandom random) {
        return (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    private static String language(String stateLanguage, SplittableRandom random) {
        double r = random.nextDouble();
        if ("te".equals(stateLanguage)) {
            return r < 0.90 ? "te" : r < 0.96 ? "en" : "hi";
        }
        return r < 0.85 ? stateLanguage : r < 0.95 ? "hi" : "en";
    }

    /** A moment during office hours of the day, in the programme's time zone. */
    static Instant at(LocalDate day, ZoneId zone, SplittableRandom random) {
        return day.atTime(9, 0).plusSeconds(random.nextInt(11 * 3600)).atZone(zone).toInstant();
    }
}
