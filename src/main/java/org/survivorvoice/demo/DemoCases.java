package org.survivorvoice.demo;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.safetydesk.CaseNote;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.safetydesk.CaseTexts;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.safetydesk.SafetyCheck;
import org.survivorvoice.safetydesk.SafetyDeskConfig;
import org.survivorvoice.security.Roles;

/**
 * A few safety cases for the demo's field worker, opened the way every channel opens them: a {@link
 * SafetyCheck} fired in a transaction, which the desk's one write path turns into a case when it
 * signals danger. Ratings are real demo ratings handed over as the feedback service hands every
 * rating (the ones whose money answer is yes, or whose overall 1 came with a comment); the SMS and
 * callback checks stand for messages and calls the demo programme does not store, so their sources
 * are {@code sms:demo-<n>} and {@code call:demo-<n>}, which no webhook can repeat.
 *
 * <p>The desk dates a case by the clock, which the demo cannot move per case, and its moves need a
 * signed-in field worker, whom a startup does not have. So this loader then ages each case (opened
 * hours or days ago, the deadline kept at opened + the configured deadline) and writes the moves a
 * field worker would have made (contacted, closed with an outcome, a note), so that the first look
 * at {@code /staff/cases} shows open, overdue, contacted and closed cases side by side.
 */
@ApplicationScoped
public class DemoCases {

    /** The other district of the demo cases: a Telugu-speaking one of Andhra Pradesh. */
    static final String SECOND_DISTRICT = "Guntur";

    private final Event<SafetyCheck> checks;
    private final EntityManager em;
    private final CaseTexts texts;
    private final SafetyDeskConfig config;
    private final Clock clock;

    public DemoCases(
            Event<SafetyCheck> checks,
            EntityManager em,
            CaseTexts texts,
            SafetyDeskConfig config,
            Clock clock) {
        this.checks = checks;
        this.em = em;
        this.texts = texts;
        this.config = config;
        this.clock = clock;
    }

    /**
     * How a demo case stands: its age, and the moves made on it, each so long after it opened
     * (null: not made).
     */
    private record Story(
            Duration age,
            Duration contactedAfter,
            Duration closedAfter,
            CaseOutcome outcome,
            String note) {

        static Story open(Duration age) {
            return new Story(age, null, null, null, null);
        }

        static Story contacted(Duration age, Duration after, String note) {
            return new Story(age, after, null, null, note);
        }

        static Story closed(
                Duration age,
                Duration contacted,
                Duration closed,
                CaseOutcome outcome,
                String note) {
            return new Story(age, contacted, closed, outcome, note);
        }
    }

    /**
     * Opens the demo cases in {@value DemoAccounts#OFFICIAL_DISTRICT} and {@value
     * #SECOND_DISTRICT}, and one of no district; returns how many opened.
     */
    @Transactional
    public int open() {
        return open(district(DemoAccounts.OFFICIAL_DISTRICT), district(SECOND_DISTRICT));
    }

    /** The same in the districts given (empty: none there). */
    @Transactional
    int open(Optional<Long> north, Optional<Long> guntur) {
        int opened = 0;
        if (north.isPresent()) {
            long d = north.get();
            List<Object[]> money = ratings(d, "r.money_asked = 1", 2);
            List<Object[]> worst = ratings(d, "r.overall = 1 and r.comment is not null", 1);
            List<Long> women = survivors(d, "bn", 2);
            opened += rating(money, 0, Story.open(Duration.ofHours(5)));
            opened +=
                    rating(
                            worst,
                            0,
                            Story.open(config.deadline().plus(Duration.ofDays(1).plusHours(4))));
            opened +=
                    rating(
                            money,
                            1,
                            Story.closed(
                                    Duration.ofDays(9),
                                    null,
                                    Duration.ofHours(80),
                                    CaseOutcome.COULD_NOT_REACH,
                                    "Three calls in her safe hours, no answer. Asked the shelter"
                                            + " to pass a message."));
            if (!women.isEmpty()) {
                opened +=
                        message(
                                SafetyCheck.ofMessage(
                                        "sms:demo-1",
                                        CaseChannel.SMS,
                                        "bn",
                                        women.get(0),
                                        "ওরা আমাকে হুমকি দিয়েছে, বলছে আবার ফেরত পাঠাবে"),
                                Story.contacted(
                                        Duration.ofHours(30),
                                        Duration.ofHours(6),
                                        "Spoke to her at 11. She is safe at her sister's;"
                                                + " legal aid visit on Friday."));
            }
            if (women.size() > 1) {
                opened +=
                        message(
                                SafetyCheck.ofCallback(
                                        "call:demo-1", CaseChannel.IVR, "bn", women.get(1), null),
                                Story.closed(
                                        Duration.ofDays(5),
                                        Duration.ofHours(20),
                                        Duration.ofHours(26),
                                        CaseOutcome.REFERRED_LEGAL_AID,
                                        "Wants to file a complaint; referred to the DLSA panel"
                                                + " lawyer."));
            }
        }
        // an SMS from a phone no survivor enrolled with: no district, seen by admins and by
        // field workers bound to no district (the demo's)
        opened +=
                message(
                        SafetyCheck.ofMessage("sms:demo-2", CaseChannel.SMS, "en", null, "HELP ME")
                                .from(PhoneNumber.parse("+919800012345").orElseThrow()),
                        Story.open(config.deadline().plus(Duration.ofHours(6))));
        if (guntur.isPresent()) {
            long d = guntur.get();
            List<Object[]> money = ratings(d, "r.money_asked = 1", 1);
            List<Long> women = survivors(d, "te", 2);
            opened +=
                    rating(
                            money,
                            0,
                            Story.contacted(
                                    Duration.ofDays(4),
                                    Duration.ofHours(76),
                                    "The ward boy asked her for 500 rupees; she paid. Told the"
                                            + " medical superintendent with her consent."));
            if (!women.isEmpty()) {
                opened +=
                        message(
                                SafetyCheck.ofCallback(
                                        "call:demo-2", CaseChannel.IVR, "te", women.get(0), null),
                                Story.open(Duration.ofHours(52)));
            }
            if (women.size() > 1) {
                opened +=
                        message(
                                SafetyCheck.ofMessage(
                                        "sms:demo-3",
                                        CaseChannel.SMS,
                                        "te",
                                        women.get(1),
                                        "సహాయం కావాలి, యజమాని నన్ను బెదిరిస్తున్నాడు"),
                                Story.closed(
                                        Duration.ofDays(12),
                                        Duration.ofHours(9),
                                        Duration.ofDays(3),
                                        CaseOutcome.RESOLVED,
                                        "Moved to the shelter home the same evening."));
            }
        }
        Log.infof("Demo safety cases opened: %d", opened);
        return opened;
    }

    private int rating(List<Object[]> rows, int index, Story story) {
        if (rows.size() <= index) {
            return 0;
        }
        Object[] r = rows.get(index);
        // the check FeedbackService fires for every stored rating, from the stored row
        SafetyCheck check =
                SafetyCheck.ofRating(
                        ((Number) r[0]).longValue(),
                        CaseChannel.valueOf((String) r[1]),
                        (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        r[5] == null ? null : ((Number) r[5]).intValue(),
                        bool(r[6]),
                        (String) r[7]);
        return message(check, story);
    }

    private int message(SafetyCheck check, Story story) {
        if (SafetyCase.findBySource(check.sourceKey()).isPresent()) {
            return 0; // opened before (a rating entered by hand): not the demo's to age
        }
        checks.fire(check);
        Optional<SafetyCase> opened = SafetyCase.findBySource(check.sourceKey());
        if (opened.isEmpty()) {
            return 0;
        }
        age(opened.get(), story);
        return 1;
    }

    /** Dates the case as if it had opened {@code age} ago and makes the story's moves. */
    private void age(SafetyCase c, Story story) {
        c.openedAt = clock.instant().minus(story.age());
        c.deadlineAt = c.openedAt.plus(config.deadline());
        if (story.contactedAfter() != null) {
            c.contactedAt = c.openedAt.plus(story.contactedAfter());
            c.status = CaseStatus.CONTACTED;
        }
        if (story.closedAfter() != null) {
            c.closedAt = c.openedAt.plus(story.closedAfter());
            c.outcome = story.outcome();
            c.status = CaseStatus.CLOSED;
        }
        if (story.note() != null) {
            CaseNote note = new CaseNote();
            note.safetyCase = c;
            note.sealKey = UUID.randomUUID().toString();
            note.body = texts.sealNote(story.note(), note.sealKey);
            note.writtenBy = Roles.FIELDWORKER;
            note.writtenAt = c.contactedAt == null ? c.closedAt : c.contactedAt;
            note.persist();
        }
    }

    private static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : ((Number) value).intValue() == 1;
    }

    private Optional<Long> district(String name) {
        List<?> ids =
                em.createNativeQuery(
                                "select id from area where level = 'DISTRICT' and name = ?1"
                                        + " order by id")
                        .setParameter(1, name)
                        .setMaxResults(1)
                        .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** The district's newest demo ratings that match: the columns a rating's check carries. */
    @SuppressWarnings("unchecked")
    private List<Object[]> ratings(long district, String condition, int count) {
        return em.createNativeQuery(
                        "select r.id, r.channel, r.language, r.survivor_id, r.provider_id,"
                                + " r.overall, r.money_asked, r.comment from rating r"
                                + " join provider p on p.id = r.provider_id"
                                + " where p.district_id = ?1 and "
                                + condition
                                + " order by r.rated_at desc, r.id desc")
                .setParameter(1, district)
                .setMaxResults(count)
                .getResultList();
    }

    /** Enrolled survivors of the district who gave a phone, those of the language first. */
    @SuppressWarnings("unchecked")
    private List<Long> survivors(long district, String language, int count) {
        List<Number> ids =
                em.createNativeQuery(
                                "select id from survivor where district_id = ?1"
                                        + " and status = 'ENROLLED' and phone_ciphertext is not"
                                        + " null order by language = ?2 desc, id")
                        .setParameter(1, district)
                        .setParameter(2, language)
                        .setMaxResults(count)
                        .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
