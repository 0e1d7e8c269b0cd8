package org.survivorvoice.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.NamingRule;
import org.survivorvoice.scoring.method.ReviewLabel;

/**
 * The field visits the demo's programme team made after the newest quarter was released: of the
 * providers the stored scores qualify for a name (significant band now, at least the alert band on
 * the same side a quarter earlier), the strongest evidence first and one per category while others
 * qualify, about half up to {@value #MAX_NAMED} per label are verified and so named; the strongest
 * of the others was visited without confirmation; the rest, and every provider flagged without
 * qualifying, stay under review. Works on the bands the scoring run stored, never on the
 * generator's tiers, so every verified review names its provider by construction. Pure: no
 * database.
 */
final class FieldReviewPlan {

    /** Most providers named per label: a handful, as a programme team can visit in a quarter. */
    static final int MAX_NAMED = 3;

    private static final Set<Band> FLAGGED =
            Set.of(Band.BELOW, Band.SIGNIFICANTLY_BELOW, Band.SIGNIFICANTLY_ABOVE);

    private FieldReviewPlan() {}

    /**
     * A provider's stored bands in the released quarter and the one before.
     *
     * @param providerId database id of the provider
     * @param categoryId database id of its category
     * @param band its band in the released quarter's window
     * @param previous its band a quarter earlier, or null when it was not scored then
     * @param zD its standardised deviation in the released quarter's window
     */
    record Scored(long providerId, long categoryId, Band band, Band previous, double zD) {}

    /**
     * A review to record.
     *
     * @param providerId database id of the provider
     * @param label what the visit was about
     * @param verified whether the visit confirmed it
     * @param note the team's internal note; never personal data
     */
    record Review(long providerId, ReviewLabel label, boolean verified, String note) {}

    /** The reviews of the released quarter: verified ones first, by label, strongest first. */
    static List<Review> choose(List<Scored> scored) {
        List<Review> verified = new ArrayList<>();
        List<Review> unconfirmed = new ArrayList<>();
        for (ReviewLabel label : ReviewLabel.values()) {
            List<Scored> qualified =
                    scored.stream()
                            .filter(s -> NamingRule.named(s.band(), s.previous(), label, true))
                            .sorted(
                                    Comparator.comparingDouble((Scored s) -> -Math.abs(s.zD()))
                                            .thenComparingLong(Scored::providerId))
                            .toList();
            int named = Math.min(MAX_NAMED, (qualified.size() + 1) / 2);
            List<Scored> chosen = new ArrayList<>();
            Set<Long> categories = new HashSet<>();
            // one per category while others qualify, so that the demo names a police station or
            // a panchayat beside the health workers, then the strongest of the rest
            for (Scored s : qualified) {
                if (chosen.size() < named && categories.add(s.categoryId())) {
                    chosen.add(s);
                }
            }
            for (Scored s : qualified) {
                if (chosen.size() < named && !chosen.contains(s)) {
                    chosen.add(s);
                }
            }
            chosen.forEach(s -> verified.add(new Review(s.providerId(), label, true, note(label))));
            qualified.stream()
                    .filter(s -> !chosen.contains(s))
                    .findFirst()
                    .ifPresent(
                            s ->
                                    unconfirmed.add(
                                            new Review(
                                                    s.providerId(),
                                                    label,
                                                    false,
                                                    "Field visit could not confirm the pattern"
                                                            + " yet; to be visited again next"
                                                            + " quarter.")));
        }
        verified.addAll(unconfirmed);
        return List.copyOf(verified);
    }

    /** Whether a stored band makes a provider flagged: under review unless named. */
    static boolean flagged(Band band) {
        return FLAGGED.contains(band);
    }

    /**
     * When the n-th review was recorded: on the days after the quarter's release, in office hours,
     * and always before the day the programme is seen from.
     */
    static Instant reviewedAt(
            Quarter released, Duration releaseDelay, Instant todayStart, ZoneId zone, int n) {
        Instant release =
                released.end().plusDays(1).atStartOfDay(zone).toInstant().plus(releaseDelay);
        Instant visit =
                release.atZone(zone)
                        .toLocalDate()
                        .plusDays(1 + n)
                        .atTime(LocalTime.of(11, 0))
                        .atZone(zone)
                        .toInstant();
        Instant latest = todayStart.minus(Duration.ofMinutes(10L * (n + 1)));
        return visit.isBefore(latest) ? visit : latest;
    }

    private static String note(ReviewLabel label) {
        return switch (label) {
            case GOOD_PRACTICE ->
                    "Field visit confirmed: survivors are seen promptly, heard in private and"
                            + " helped with their papers.";
            case LAGGARD ->
                    "Field visit confirmed long waits and survivors turned away; the district"
                            + " official has been informed.";
        };
    }
}
