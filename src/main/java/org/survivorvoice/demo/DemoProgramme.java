package org.survivorvoice.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ReleaseCalendar;

/**
 * A generated demo programme: areas, providers and survivors in memory, encounters and ratings as a
 * stream made on demand. A pure function of its inputs: the same seed, size, day and time zone give
 * the same programme, record for record, so a demo can be rebuilt and a benchmark repeated. Nothing
 * here reads the clock, the database or a random source other than the seed.
 */
public final class DemoProgramme {

    /** The IVR PINs demo survivors have (each survivor's record says which); fake, for demos. */
    public static final List<String> IVR_PINS = List.of("2580", "1379", "4826", "7391");

    // each part draws from its own stream, so a change in one part leaves the others as they were
    private static final long AREAS_AND_PROVIDERS = 0x5EED_0001L;
    private static final long SURVIVORS = 0x5EED_0002L;
    private static final long PLAN = 0x5EED_0003L;
    private static final long ACTIVITY = 0x5EED_0004L;
    private static final long OUTREACH = 0x5EED_0005L;
    private static final long TRAININGS = 0x5EED_0006L;

    private final long seed;
    private final DemoSize size;
    private final LocalDate today;
    private final ZoneId zone;
    private final List<DemoArea> areas;
    private final List<DemoProvider> providers;
    private final List<DemoSurvivor> survivors;
    private final RatingPlan plan;
    private final SurvivorIndex survivorIndex;
    private final DemoTrainings trainings;

    private DemoProgramme(long seed, DemoSize size, LocalDate today, ZoneId zone) {
        this.seed = seed;
        this.size = size;
        this.today = today;
        this.zone = zone;
        AreaTree tree = new AreaTree(Gazetteer.states());
        this.areas = tree.areas();
        this.providers =
                ProviderRoster.build(
                        tree, size.providers(), new SplittableRandom(seed ^ AREAS_AND_PROVIDERS));
        this.plan =
                RatingPlan.plan(
                        providers, size.ratings(), today, new SplittableRandom(seed ^ PLAN));
        this.survivors =
                SurvivorRoll.enrol(
                        tree,
                        size.survivors(),
                        plan.quarters().get(0).start(),
                        today,
                        zone,
                        new SplittableRandom(seed ^ SURVIVORS));
        this.survivorIndex = new SurvivorIndex(areas, survivors);
        this.trainings =
                DemoTrainings.plan(areas, providers, plan, new SplittableRandom(seed ^ TRAININGS));
    }

    /**
     * Generates the programme.
     *
     * @param seed any number; the same seed gives the same programme
     * @param size how many providers, survivors and ratings
     * @param today the day the programme is seen from: ratings cover the six complete quarters
     *     before it and the current quarter up to the day before
     * @param zone the programme's time zone, in which rating periods are read
     */
    public static DemoProgramme generate(long seed, DemoSize size, LocalDate today, ZoneId zone) {
        return new DemoProgramme(seed, size, today, zone);
    }

    /** The seed the programme was made from. */
    public long seed() {
        return seed;
    }

    /** The size it was made for. */
    public DemoSize size() {
        return size;
    }

    /** The day the programme is seen from: nothing in it happens on or after this day. */
    public LocalDate today() {
        return today;
    }

    /**
     * The newest quarter released by {@link #today()}: its release delay after the quarter's end
     * (read in the programme's time zone) has passed by the start of the day, as {@code
     * ScoringService.isReleased} reads it.
     */
    public Quarter newestReleased(Duration releaseDelay) {
        return ReleaseCalendar.latestReleased(
                today.atStartOfDay(zone).toInstant(), zone, releaseDelay);
    }

    /** The programme's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** States, districts, blocks and gram panchayats, each parent before its children. */
    public List<DemoArea> areas() {
        return areas;
    }

    /** The providers. */
    public List<DemoProvider> providers() {
        return providers;
    }

    /** The survivors. */
    public List<DemoSurvivor> survivors() {
        return survivors;
    }

    /** The quarters ratings fall in, oldest first; the last may be the current, partial one. */
    public List<Quarter> quarters() {
        return plan.quarters();
    }

    /**
     * A fresh iterator over the encounters, ratings and invitations; each call starts again from
     * the beginning and yields the same sequence. Holds one activity at a time.
     */
    public Iterator<DemoActivity> activities() {
        return new ActivityStream(this, plan, survivorIndex, seed ^ ACTIVITY, seed ^ OUTREACH);
    }

    /** {@link #activities()} as a sequential stream. */
    public Stream<DemoActivity> activityStream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        activities(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** The training events, one of them with a planted effect on its providers' ratings. */
    DemoTrainings trainings() {
        return trainings;
    }

    /** Position in {@link #areas()} of the district with this name. */
    public int districtIndex(String name) {
        return areas.stream()
                .filter(a -> a.level() == org.survivorvoice.area.AreaLevel.DISTRICT)
                .filter(a -> a.name().equals(name))
                .mapToInt(DemoArea::index)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such district: " + name));
    }
}
