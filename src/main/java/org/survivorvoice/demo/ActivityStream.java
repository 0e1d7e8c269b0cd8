package org.survivorvoice.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.feedback.RatingAnswers;

/**
 * The programme's encounters and ratings, made one at a time in quarter order and provider order
 * within a quarter, so a million ratings never sit in memory together. Every verified rating has an
 * encounter of its own (one rating per encounter); about one rated encounter in five is followed by
 * an encounter nobody rated. Every encounter gets the invitation to rate it that the outreach
 * module would have sent ({@link InvitationModel}); a verified rating that arrived by SMS, IVR or
 * the web came through that invitation, so it is rated within its fourteen days.
 */
final class ActivityStream implements Iterator<DemoActivity> {

    private static final double VERIFIED = 0.82;
    private static final double UNRATED_ENCOUNTER = 0.22;
    private static final Channel[] VERIFIED_CHANNELS = {
        Channel.ASSISTED, Channel.SMS, Channel.WEB, Channel.IVR, Channel.PAPER
    };
    private static final double[] VERIFIED_SHARES = {0.35, 0.25, 0.18, 0.15, 0.07};

    /** A verified rating comes within this many days of the encounter, inside the invitation's. */
    private static final int RATED_WITHIN_DAYS = 14;

    private final DemoProgramme programme;
    private final RatingPlan plan;
    private final SurvivorIndex survivors;
    private final ZoneId zone;
    private final SplittableRandom random;
    private final long seed;
    private final InvitationModel invitations;

    private int quarter;
    private int provider;
    private int done;
    private long encounters;
    private long ratings;
    private DemoActivity pending;

    ActivityStream(
            DemoProgramme programme,
            RatingPlan plan,
            SurvivorIndex survivors,
            long seed,
            long outreachSeed) {
        this.programme = programme;
        this.plan = plan;
        this.survivors = survivors;
        this.zone = programme.zone();
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        // invitations draw from their own stream, so they do not shift the draws of the encounters
        this.invitations =
                new InvitationModel(
                        programme.survivors(),
                        zone,
                        programme.today().atStartOfDay(zone).toInstant(),
                        new SplittableRandom(outreachSeed));
        advance();
    }

    @Override
    public boolean hasNext() {
        return pending != null || quarter < plan.quarters().size();
    }

    @Override
    public DemoActivity next() {
        if (pending != null) {
            DemoActivity next = pending;
            pending = null;
            return next;
        }
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DemoProvider p = programme.providers().get(provider);
        DemoActivity activity = rated(p);
        if (random.nextDouble() < UNRATED_ENCOUNTER) {
            LocalDate day = day();
            DemoEncounter unrated = encounter(p, survivors.near(p, random), day, null);
            InvitationModel.Plan invitation = invitations.plan(unrated);
            pending =
                    new DemoActivity(
                            unrated,
                            null,
                            invitation == null
                                    ? null
                                    : invitations.invitation(invitation, null, null));
        }
        done++;
        advance();
        return activity;
    }

    /** Moves to the next provider and quarter that still have ratings to make. */
    private void advance() {
        List<Quarter> quarters = plan.quarters();
        while (quarter < quarters.size() && done >= plan.count(provider, quarter)) {
            done = 0;
            provider++;
            if (provider == programme.providers().size()) {
                provider = 0;
                quarter++;
            }
        }
    }

    private DemoActivity rated(DemoProvider p) {
        LocalDate day = day();
        Instant ratedAt = SurvivorRoll.at(day, zone, random);
        double satisfaction = satisfaction(p);
        ProviderCategoryCode category = ProviderCategoryCode.valueOf(p.category());
        DemoEncounter encounter = null;
        InvitationModel.Plan invitation = null;
        int survivor = -1;
        String anonymous = null;
        Channel channel;
        if (random.nextDouble() < VERIFIED) {
            survivor = survivors.near(p, random);
            LocalDate met = day.minusDays(random.nextInt(RATED_WITHIN_DAYS));
            encounter = encounter(p, survivor, met, ratedAt);
            invitation = invitations.plan(encounter);
            channel = pick(VERIFIED_CHANNELS, VERIFIED_SHARES);
            if (channel != Channel.ASSISTED && channel != Channel.PAPER) {
                channel =
                        invitation == null
                                ? Channel.ASSISTED
                                : invitation.ratedThrough(channel, ratedAt);
            }
        } else {
            double kind = random.nextDouble();
            if (kind < 0.35) {
                survivor = survivors.near(p, random);
                channel = pick(new Channel[] {Channel.WEB, Channel.SMS, Channel.IVR}, null);
            } else if (kind < 0.75) {
                channel = random.nextDouble() < 0.6 ? Channel.SMS : Channel.IVR;
                anonymous = phoneKey(random.nextInt(Math.max(1, survivors.size() / 2)));
            } else {
                channel = Channel.WEB;
                anonymous = RaterKey.anonymous(ratings + 1);
            }
        }
        String language =
                survivor >= 0
                        ? programme.survivors().get(survivor).language()
                        : p.languages().substring(0, 2);
        RatingAnswers answers =
                AnswerModel.answers(
                        satisfaction,
                        category,
                        p.tier(),
                        encounter == null ? null : encounter.outcome(),
                        channel,
                        random);
        DemoRating rating =
                new DemoRating(
                        ratings++,
                        p.index(),
                        encounter == null ? -1 : encounter.index(),
                        survivor,
                        anonymous,
                        channel,
                        language,
                        ratedAt,
                        Quarter.of(ratedAt.atZone(zone).toLocalDate()).toString(),
                        answers,
                        AnswerModel.comment(answers, channel, language, random));
        return new DemoActivity(
                encounter,
                rating,
                invitation == null ? null : invitations.invitation(invitation, ratedAt, channel));
    }

    private DemoEncounter encounter(DemoProvider p, int survivor, LocalDate day, Instant ratedAt) {
        double s = satisfaction(p);
        double r = random.nextDouble();
        double received = (0.3 + 0.55 * s) * (ratedAt == null ? 0.7 : 1.0);
        EncounterOutcome outcome =
                r < received
                        ? EncounterOutcome.RECEIVED
                        : r < received + 0.25 * (1 - s)
                                ? EncounterOutcome.DENIED
                                : EncounterOutcome.PENDING;
        Instant logged = SurvivorRoll.at(day, zone, random);
        if (ratedAt != null && logged.isAfter(ratedAt)) {
            // met and rated the same day: the encounter was logged first
            logged = ratedAt.minusSeconds(600);
        }
        Instant changed = logged;
        if (outcome != EncounterOutcome.PENDING && ratedAt != null && ratedAt.isAfter(logged)) {
            changed =
                    logged.plusSeconds(
                            random.nextLong(
                                    ratedAt.getEpochSecond() - logged.getEpochSecond() + 1));
        }
        List<String> services = ProviderCategoryCode.valueOf(p.category()).serviceTypes();
        return new DemoEncounter(
                encounters++,
                survivor,
                p.index(),
                services.get(random.nextInt(services.size())),
                day,
                outcome,
                changed);
    }

    /**
     * The provider's satisfaction rate in the current quarter of the stream, after any training
     * whose effect the demo plants.
     */
    private double satisfaction(DemoProvider p) {
        double base =
                p.tier() == QualityTier.DETERIORATING && plan.isLatest(quarter)
                        ? Math.max(0.1, p.satisfaction() - 0.35)
                        : p.satisfaction();
        return programme.trainings().satisfaction(p.index(), plan.quarters().get(quarter), base);
    }

    private LocalDate day() {
        LocalDate first = plan.firstDay(quarter);
        long span = plan.lastDay(quarter).toEpochDay() - first.toEpochDay() + 1;
        return first.plusDays(random.nextLong(span));
    }

    private Channel pick(Channel[] channels, double[] shares) {
        if (shares == null) {
            return channels[random.nextInt(channels.length)];
        }
        double r = random.nextDouble();
        for (int i = 0; i < channels.length - 1; i++) {
            r -= shares[i];
            if (r < 0) {
                return channels[i];
            }
        }
        return channels[channels.length - 1];
    }

    /**
     * The rater key of the n-th phone that rates without being enrolled, shaped like the hex of a
     * phone blind index; derived from the seed so the same phone rates again in later quarters.
     */
    private String phoneKey(int n) {
        SplittableRandom phone = new SplittableRandom(seed * 31 + n);
        byte[] index = new byte[32];
        phone.nextBytes(index);
        return RaterKey.forPhone(index);
    }
}
