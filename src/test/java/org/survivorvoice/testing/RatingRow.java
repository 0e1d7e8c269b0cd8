package org.survivorvoice.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;

/**
 * A rating row as tests and benchmarks set up history: straight into the table with any provider,
 * rater, quarter and time, bypassing {@code FeedbackService} (whose checks the feedback tests
 * test). Unless told otherwise a row is an assisted rating in English with no answer, by a new
 * anonymous rater, verified when it rates an encounter. One row goes in through Hibernate ({@link
 * #persist}, in the caller's transaction), many through one JDBC batch ({@link #insertAll}).
 */
public final class RatingRow {

    private static final String INSERT =
            "INSERT INTO rating (provider_id, encounter_id, survivor_id, rater_key, channel,"
                    + " language, verified, period, rated_at, overall, dignity, listened,"
                    + " timeliness, outcome, money_asked, comment, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final long providerId;
    private Long encounterId;
    private Long survivorId;
    private Channel channel = Channel.ASSISTED;
    private String language = "en";
    private Boolean verified;
    private Quarter period;
    private Instant ratedAt;
    private RatingAnswers answers = RatingAnswers.NONE;
    private String comment;

    private RatingRow(long providerId) {
        this.providerId = providerId;
    }

    /** A rating of the provider, unverified, by a new anonymous rater. */
    public static RatingRow of(long providerId) {
        return new RatingRow(providerId);
    }

    /** A verified rating of the encounter by its survivor. */
    public static RatingRow ofEncounter(Encounter encounter) {
        RatingRow row = new RatingRow(encounter.provider.id);
        row.encounterId = encounter.id;
        row.survivorId = encounter.survivor.id;
        return row;
    }

    /** Midnight UTC of the quarter's day (0 is its first). */
    public static Instant day(Quarter quarter, int day) {
        return quarter.start().plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** By the survivor (rater key of her id), or by a new anonymous rater for null. */
    public RatingRow by(Long survivor) {
        this.survivorId = survivor;
        return this;
    }

    /** Through the channel. */
    public RatingRow channel(Channel through) {
        this.channel = through;
        return this;
    }

    /** In the language (a two-letter code). */
    public RatingRow language(String code) {
        this.language = code;
        return this;
    }

    /** Verified or not, whether or not it rates an encounter. */
    public RatingRow verified(boolean isVerified) {
        this.verified = isVerified;
        return this;
    }

    /** Counted in the quarter, given at the moment. */
    public RatingRow at(Quarter quarter, Instant moment) {
        this.period = quarter;
        this.ratedAt = moment;
        return this;
    }

    /** With the overall answer only. */
    public RatingRow overall(int overall) {
        return answers(new RatingAnswers(overall, null, null, null, null, null));
    }

    /** With the answers. */
    public RatingRow answers(RatingAnswers given) {
        this.answers = given;
        return this;
    }

    /** With the free-text comment. */
    public RatingRow comment(String text) {
        this.comment = text;
        return this;
    }

    /** Stores the row through Hibernate, in the caller's transaction. */
    public Rating persist() {
        Rating rating = new Rating();
        rating.provider = Provider.findById(providerId);
        rating.encounter = encounterId == null ? null : Encounter.findById(encounterId);
        rating.survivor = survivorId == null ? null : Survivor.findById(survivorId);
        rating.raterKey = raterKey();
        rating.channel = channel;
        rating.language = language;
        rating.verified = isVerified();
        rating.period = requirePeriod().toString();
        rating.ratedAt = ratedAt;
        rating.answers = answers;
        rating.comment = comment;
        rating.persist();
        return rating;
    }

    /** Inserts the rows in one JDBC batch on the connection, for benchmarks that add thousands. */
    public static void insertAll(Connection connection, List<RatingRow> rows) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            for (RatingRow row : rows) {
                row.bind(s);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void bind(PreparedStatement s) throws SQLException {
        LocalDateTime utc = LocalDateTime.ofInstant(ratedAt, ZoneOffset.UTC);
        s.setLong(1, providerId);
        s.setObject(2, encounterId, Types.BIGINT);
        s.setObject(3, survivorId, Types.BIGINT);
        s.setString(4, raterKey());
        s.setString(5, channel.name());
        s.setString(6, language);
        s.setBoolean(7, isVerified());
        s.setString(8, requirePeriod().toString());
        s.setObject(9, utc);
        s.setObject(10, answers.overall(), Types.TINYINT);
        s.setObject(11, answers.dignity(), Types.TINYINT);
        s.setObject(12, answers.listened(), Types.TINYINT);
        s.setObject(13, answers.timeliness(), Types.TINYINT);
        s.setObject(14, answers.outcome(), Types.TINYINT);
        s.setObject(15, answers.moneyAsked(), Types.BOOLEAN);
        s.setString(16, comment);
        s.setObject(17, utc);
        s.setObject(18, utc);
    }

    private String raterKey() {
        return survivorId == null ? RaterKey.anonymous() : RaterKey.forSurvivor(survivorId);
    }

    private boolean isVerified() {
        return verified == null ? encounterId != null : verified;
    }

    private Quarter requirePeriod() {
        Objects.requireNonNull(ratedAt, "a rating row needs at(quarter, moment)");
        return Objects.requireNonNull(period, "a rating row needs at(quarter, moment)");
    }
}
