package org.survivorvoice.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.feedback.RatingAnswers;

/**
 * The insert statements of a demo load and how each record binds to them. Ids are given explicitly
 * (see {@link DemoIds}); times are written as UTC wall-clock values, as Hibernate writes them with
 * {@code quarkus.hibernate-orm.jdbc.timezone=UTC}.
 */
final class DemoRowStatements implements AutoCloseable {

    final PreparedStatement area;
    final PreparedStatement provider;
    final PreparedStatement survivor;
    final PreparedStatement encounter;
    final PreparedStatement rating;
    final PreparedStatement invitation;

    DemoRowStatements(Connection connection) throws SQLException {
        area =
                connection.prepareStatement(
                        "INSERT INTO area (id, name, level, parent_id, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)");
        provider =
                connection.prepareStatement(
                        "INSERT INTO provider (id, code, name, category_id, area_id, district_id,"
                                + " languages, active, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        survivor =
                connection.prepareStatement(
                        "INSERT INTO survivor (id, phone_ciphertext, phone_index, language,"
                                + " area_id, district_id, consent_sms, consent_ivr,"
                                + " consent_web_link, consent_reporting, consent_changed_at,"
                                + " safe_from, safe_to, time_zone, ivr_pin_hash, status,"
                                + " created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        encounter =
                connection.prepareStatement(
                        "INSERT INTO encounter (id, survivor_id, provider_id, service_type_id,"
                                + " district_id, encounter_date, outcome, outcome_changed_at,"
                                + " created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        rating =
                connection.prepareStatement(
                        "INSERT INTO rating (id, provider_id, encounter_id, survivor_id,"
                                + " rater_key, channel, language, verified, period, rated_at,"
                                + " overall, dignity, listened, timeliness, outcome, money_asked,"
                                + " comment, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ?)");
        invitation =
                connection.prepareStatement(
                        "INSERT INTO invitation (encounter_id, survivor_id, provider_id,"
                            + " district_id, occasion, channel, status, reason, language,"
                            + " expires_at, sent_at, sent_period, reminders_sent, last_sent_at,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, 'LOGGED', ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?)");
    }

    void addArea(DemoArea a, DemoIds ids, Instant created) throws SQLException {
        area.setLong(1, ids.area(a.index()));
        area.setString(2, a.name());
        area.setString(3, a.level().name());
        if (a.level() == AreaLevel.STATE) {
            area.setNull(4, Types.BIGINT);
        } else {
            area.setLong(4, ids.area(a.parentIndex()));
        }
        area.setObject(5, utc(created));
        area.setObject(6, utc(created));
        area.addBatch();
    }

    void addProvider(DemoProvider p, String code, long categoryId, DemoIds ids, Instant created)
            throws SQLException {
        provider.setLong(1, ids.provider(p.index()));
        provider.setString(2, code);
        provider.setString(3, p.name());
        provider.setLong(4, categoryId);
        provider.setLong(5, ids.area(p.areaIndex()));
        provider.setLong(6, ids.area(p.districtIndex()));
        provider.setString(7, p.languages());
        provider.setBoolean(8, true);
        provider.setObject(9, utc(created));
        provider.setObject(10, utc(created));
        provider.addBatch();
    }

    void addSurvivor(
            DemoSurvivor s,
            byte[] ciphertext,
            byte[] blindIndex,
            String pinHash,
            String timeZone,
            DemoIds ids)
            throws SQLException {
        survivor.setLong(1, ids.survivor(s.index()));
        survivor.setBytes(2, ciphertext);
        survivor.setBytes(3, blindIndex);
        survivor.setString(4, s.language());
        survivor.setLong(5, ids.area(s.areaIndex()));
        survivor.setLong(6, ids.area(s.districtIndex()));
        survivor.setBoolean(7, s.consentSms());
        survivor.setBoolean(8, s.consentIvr());
        survivor.setBoolean(9, s.consentWebLink());
        survivor.setBoolean(10, s.consentReporting());
        survivor.setObject(11, utc(s.consentChangedAt()));
        survivor.setObject(12, s.safeFrom());
        survivor.setObject(13, s.safeTo());
        survivor.setString(14, timeZone);
        survivor.setString(15, pinHash);
        survivor.setString(16, s.exited() ? "EXITED" : "ENROLLED");
        survivor.setObject(17, utc(s.enrolledAt()));
        survivor.setObject(18, utc(s.consentChangedAt()));
        survivor.addBatch();
    }

    void addEncounter(DemoEncounter e, long serviceTypeId, long districtId, DemoIds ids)
            throws SQLException {
        encounter.setLong(1, ids.encounter(e.index()));
        encounter.setLong(2, ids.survivor(e.survivorIndex()));
        encounter.setLong(3, ids.provider(e.providerIndex()));
        encounter.setLong(4, serviceTypeId);
        encounter.setLong(5, districtId);
        encounter.setObject(6, e.date());
        encounter.setString(7, e.outcome().name());
        encounter.setObject(8, utc(e.outcomeChangedAt()));
        encounter.setObject(9, utc(e.outcomeChangedAt()));
        encounter.setObject(10, utc(e.outcomeChangedAt()));
        encounter.addBatch();
    }

    void addRating(DemoRating r, DemoIds ids) throws SQLException {
        rating.setLong(1, ids.rating(r.index()));
        rating.setLong(2, ids.provider(r.providerIndex()));
        setId(3, r.verified() ? ids.encounter(r.encounterIndex()) : null);
        setId(4, r.survivorIndex() >= 0 ? ids.survivor(r.survivorIndex()) : null);
        rating.setString(
                5,
                r.survivorIndex() >= 0
                        ? RaterKey.forSurvivor(ids.survivor(r.survivorIndex()))
                        : r.anonymousRaterKey());
        rating.setString(6, r.channel().name());
        rating.setString(7, r.language());
        rating.setBoolean(8, r.verified());
        rating.setString(9, r.period());
        rating.setObject(10, utc(r.ratedAt()));
        RatingAnswers a = r.answers();
        setAnswer(11, a.overall());
        setAnswer(12, a.dignity());
        setAnswer(13, a.listened());
        setAnswer(14, a.timeliness());
        setAnswer(15, a.outcome());
        if (a.moneyAsked() == null) {
            rating.setNull(16, Types.BOOLEAN);
        } else {
            rating.setBoolean(16, a.moneyAsked());
        }
        rating.setString(17, r.comment());
        rating.setObject(18, utc(r.ratedAt()));
        rating.setObject(19, utc(r.ratedAt()));
        rating.addBatch();
    }

    void addInvitation(DemoInvitation i, long districtId, DemoIds ids) throws SQLException {
        invitation.setLong(1, ids.encounter(i.encounterIndex()));
        invitation.setLong(2, ids.survivor(i.survivorIndex()));
        invitation.setLong(3, ids.provider(i.providerIndex()));
        invitation.setLong(4, districtId);
        invitation.setString(5, i.channel() == null ? null : i.channel().name());
        invitation.setString(6, i.status().name());
        invitation.setString(7, i.reason() == null ? null : i.reason().name());
        invitation.setString(8, i.language());
        invitation.setObject(9, utc(i.expiresAt()));
        invitation.setObject(10, i.sentAt() == null ? null : utc(i.sentAt()));
        invitation.setString(11, i.sentPeriod());
        invitation.setInt(12, i.remindersSent());
        invitation.setObject(13, i.lastSentAt() == null ? null : utc(i.lastSentAt()));
        invitation.setObject(14, utc(i.createdAt()));
        invitation.setObject(15, utc(i.updatedAt()));
        invitation.addBatch();
    }

    private void setId(int column, Long id) throws SQLException {
        if (id == null) {
            rating.setNull(column, Types.BIGINT);
        } else {
            rating.setLong(column, id);
        }
    }

    private void setAnswer(int column, Integer answer) throws SQLException {
        if (answer == null) {
            rating.setNull(column, Types.TINYINT);
        } else {
            rating.setInt(column, answer);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s :
                new PreparedStatement[] {area, provider, survivor, encounter, rating, invitation}) {
            s.close();
        }
    }
}
