package org.survivorvoice.privacy.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.intake.PhoneRater;
import org.survivorvoice.feedback.intake.sms.InboundBodySeal;
import org.survivorvoice.feedback.intake.sms.SmsActionService;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.ConversationService;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.DoNotContactService.Source;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.privacy.TextSeal;
import org.survivorvoice.privacy.VaultConfig;
import org.survivorvoice.privacy.VaultKeys;
import org.survivorvoice.safetydesk.CaseTexts;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;

/**
 * Two key generations: rows written under generation 1 (the test profile's usual keys, some in the
 * layouts from before rotation existed), the service started with generation 2 current and
 * generation 1 previous, the rotation run batch by batch while look-ups and writes go on, killed
 * and resumed, then everything checked under generation 2 alone.
 */
@QuarkusTest
@TestProfile(VaultRotationTest.SecondKeyGeneration.class)
class VaultRotationTest {

    /** The %test keys of application.properties: generation 1. */
    static final String ENC_1 = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=";

    static final String IDX_1 = "dGVzdC1vbmx5LWJsaW5kLWluZGV4LWtleS0zMi1ieXQ=";
    static final String ENC_2 = VaultKeys.key(41);
    static final String IDX_2 = VaultKeys.key(42);

    /** Generation 2 current, generation 1 previous; tiny batches, so every step takes several. */
    public static class SecondKeyGeneration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "survivor-voice.vault.encryption-key", ENC_2,
                    "survivor-voice.vault.index-key", IDX_2,
                    "survivor-voice.vault.previous-encryption-key", ENC_1,
                    "survivor-voice.vault.previous-index-key", IDX_1,
                    "survivor-voice.vault-rotation.batch-size", "2",
                    "survivor-voice.vault-rotation.run-batches", "false");
        }
    }

    private static final VaultConfig GENERATION_1 = VaultKeys.config(ENC_1, IDX_1, null, null);
    private static final VaultConfig GENERATION_2 = VaultKeys.config(ENC_2, IDX_2, null, null);

    @Inject VaultRotationService rotation;
    @Inject PhoneVault vault;
    @Inject DoNotContactService doNotContact;
    @Inject SmsActionService actions;
    @Inject ConversationService conversations;
    @Inject OutreachFixtures outreach;
    @Inject Fixtures fixtures;
    @Inject DataSource dataSource;

    private final PhoneVault generation1 = new PhoneVault(GENERATION_1);
    private final PhoneVault generation2 = new PhoneVault(GENERATION_2);
    private final PhoneNumber a = phone();
    private final PhoneNumber b = phone();
    private final PhoneNumber caseCaller = phone();
    private final PhoneNumber unknown = phone();
    private final PhoneNumber late = phone();
    private long survivorA;
    private long survivorB;

    @Test
    void rotatesEveryRowWhileLookupsKeepWorkingAndResumesAfterAKill() throws Exception {
        writeGenerationOne();
        lookupsFindEverything();

        try (CapturedLog log = CapturedLog.install()) {
            assertThat(rotation.start().state()).isEqualTo("RUNNING");
            // this test drives the batches itself (run-batches=false)
            assertThat(rotation.runBatch()).isTrue();
            lookupsFindEverything();

            // a write during the rotation: a STOP goes under the current key, with the number;
            // a STOP of a number already opted out under the previous key adds nothing
            assertThat(inTx(() -> doNotContact.add(late, Source.SMS))).isTrue();
            assertThat(inTx(() -> doNotContact.add(b, Source.SMS))).isFalse();
            assertThat(inTx(() -> doNotContact.containsPhone(late))).isTrue();

            runUntilStep(RotationStep.OPT_OUTS);
            // an entity loaded before its batch and saved after puts an old ciphertext back
            update(
                    "UPDATE survivor SET phone_ciphertext = ? WHERE id = ?",
                    generation1.encrypt(a),
                    survivorA);
            lookupsFindEverything();

            // killed here: what is committed is the cursor; asking again resumes it
            VaultRotationProgress beforeKill = rotation.progress();
            VaultRotationProgress resumed = rotation.start();
            assertThat(resumed.state()).isEqualTo("RUNNING");
            assertThat(resumed.step()).isEqualTo(beforeKill.step());
            assertThat(resumed.batches()).isGreaterThanOrEqualTo(beforeKill.batches());
            rotation.runToEnd();

            String logged = log.text();
            for (PhoneNumber p : List.of(a, b, caseCaller, unknown, late)) {
                assertThat(logged).doesNotContain(p.e164().substring(3));
            }
            assertThat(logged).doesNotContain(ENC_1).doesNotContain(ENC_2).doesNotContain(IDX_2);
        }

        VaultRotationProgress done = rotation.progress();
        assertThat(done.state()).isEqualTo("FINISHED");
        assertThat(done.pass()).isGreaterThanOrEqualTo(2);
        assertThat(done.optOutsWithoutNumber()).isEqualTo(1);
        assertThat(done.unreadable()).isZero();
        assertThat(done.previousKeysRemovable()).isFalse();
        assertThat(rotation.runBatch()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM vault_index_pair")).isZero();
        assertThat(fixtures.auditActions("vault_rotation", rotationId()))
                .contains("vault-rotation-start", "vault-rotation-resume");

        everythingOpensUnderGenerationTwoAlone();
        lookupsFindEverything();
        progressAnswersHoldNoSecret();
    }

    private void writeGenerationOne() throws Exception {
        Area district = fixtures.district();
        String provider = fixtures.provider(district.id, "HOSPITAL", "Rotation Test Hospital");
        survivorA = outreach.survivor(district.id, a.e164(), Consent.ALL);
        survivorB = outreach.survivor(district.id, b.e164(), Consent.ALL);
        update(
                "UPDATE survivor SET phone_ciphertext = ?, phone_index = ? WHERE id = ?",
                generation1.encrypt(a),
                generation1.blindIndex(a),
                survivorA);
        // written before rotation existed: a version-1 ciphertext
        update(
                "UPDATE survivor SET phone_ciphertext = ?, phone_index = ? WHERE id = ?",
                VaultKeys.legacyPhone(ENC_1, b),
                generation1.blindIndex(b),
                survivorB);
        long encounter = outreach.encounter(survivorA, provider);
        outreach.invite(encounter, Occasion.LOGGED, Instant.now());
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp tomorrow = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
        update(
                "INSERT INTO sms_conversation (invitation_id, encounter_id, survivor_id,"
                        + " phone_index, language, state, opened_at, expires_at, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, 'hi', 'OPEN', ?, ?, ?, ?)",
                outreach.invitationId(encounter),
                encounter,
                survivorA,
                generation1.blindIndex(a),
                now,
                tomorrow,
                now,
                now);
        // opt-outs as they were stored before V29: the index alone
        update(
                "INSERT INTO do_not_contact (phone_index, source, created_at, updated_at)"
                        + " VALUES (?, 'SMS', ?, ?)",
                generation1.blindIndex(b),
                now,
                now);
        update(
                "INSERT INTO do_not_contact (phone_index, source, created_at, updated_at)"
                        + " VALUES (?, 'IVR', ?, ?)",
                generation1.blindIndex(unknown),
                now,
                now);
        update(
                "INSERT INTO sms_phone_language (phone_index, language, created_at, updated_at)"
                        + " VALUES (?, 'bn', ?, ?)",
                generation1.blindIndex(a),
                now,
                now);
        update(
                "INSERT INTO inbound_message (gateway, external_id, phone_index, status,"
                        + " received_at, handled_at, created_at, updated_at)"
                        + " VALUES ('twilio', 'SMrotationdone', ?, 'PROCESSED', ?, ?, ?, ?)",
                generation1.blindIndex(b),
                now,
                now,
                now,
                now);
        update(
                "INSERT INTO inbound_message (gateway, external_id, phone_index, body_ciphertext,"
                        + " status, received_at, created_at, updated_at)"
                        + " VALUES ('twilio', 'SMrotationwait', ?, ?, 'RECEIVED', ?, ?, ?)",
                generation1.blindIndex(a),
                VaultKeys.legacySeal(
                        ENC_1,
                        TextSeal.INBOUND_MESSAGE_BODY,
                        "R 1234 5 please call",
                        "twilio\nSMrotationwait"),
                now,
                now,
                now);
        update(
                "INSERT INTO ivr_call (call_sid, phone_index, step, version, retries, notice,"
                        + " created_at, updated_at) VALUES ('CArotation', ?, 'CODE', 0, 0, 'NONE',"
                        + " ?, ?)",
                generation1.blindIndex(a),
                now,
                now);
        CaseTexts caseTexts = new CaseTexts(GENERATION_1);
        update(
                "INSERT INTO safety_case (source_key, signals, channel, language, district_id,"
                    + " opening_text, phone_ciphertext, status, opened_at, deadline_at, created_at,"
                    + " updated_at) VALUES ('sms:rotation', 'HELP_REQUESTED', 'SMS', 'hi', ?, ?, ?,"
                    + " 'OPEN', ?, ?, ?, ?)",
                district.id,
                caseTexts.sealOpening("the officer took my phone", "sms:rotation"),
                generation1.encrypt(caseCaller),
                now,
                tomorrow,
                now,
                now);
        update(
                "INSERT INTO safety_case_note (case_id, seal_key, body, written_by, written_at,"
                        + " created_at, updated_at) VALUES ((SELECT id FROM safety_case WHERE"
                        + " source_key = 'sms:rotation'), 'rotation-note', ?, 'worker', ?, ?, ?)",
                VaultKeys.legacySeal(
                        ENC_1,
                        TextSeal.SAFETY_CASE_TEXT,
                        "called, safe now",
                        "note\nrotation-note"),
                now,
                now,
                now);
    }

    /** What the channels look up, given the number: found under either generation. */
    private void lookupsFindEverything() {
        inTx(
                () -> {
                    assertThat(doNotContact.containsPhone(b)).isTrue();
                    assertThat(doNotContact.containsPhone(unknown)).isTrue();
                    assertThat(doNotContact.containsPhone(caseCaller)).isFalse();
                    assertThat(actions.knownLanguage(vault.lookupIndexes(a)))
                            .contains(SurvivorLanguage.BN);
                    assertThat(PhoneRater.of(vault.lookupIndexes(a)).survivorId())
                            .isEqualTo(survivorA);
                    assertThat(PhoneRater.of(vault.lookupIndexes(b)).survivorId())
                            .isEqualTo(survivorB);
                    assertThat(conversations.openFor(vault.lookupIndexes(a), Instant.now()))
                            .isPresent();
                    return null;
                });
        Object[] stored =
                row("SELECT phone_ciphertext, phone_index FROM survivor WHERE id = ?", survivorB);
        assertThat(inTx(() -> doNotContact.containsStored((byte[]) stored[0], (byte[]) stored[1])))
                .isTrue();
    }

    private void everythingOpensUnderGenerationTwoAlone() throws Exception {
        for (Object[] s : rows("SELECT phone_ciphertext, phone_index FROM survivor")) {
            PhoneNumber number = generation2.decrypt((byte[]) s[0]);
            assertThat(generation2.isCurrent((byte[]) s[0])).isTrue();
            assertThat((byte[]) s[1]).isEqualTo(VaultKeys.index(IDX_2, number));
        }
        assertThat(row("SELECT phone_index FROM sms_phone_language")[0])
                .isEqualTo(VaultKeys.index(IDX_2, a));
        assertThat(row("SELECT phone_index FROM sms_conversation")[0])
                .isEqualTo(VaultKeys.index(IDX_2, a));
        assertThat(row("SELECT phone_index FROM ivr_call")[0]).isEqualTo(VaultKeys.index(IDX_2, a));
        assertThat(
                        row(
                                "SELECT phone_index FROM inbound_message WHERE external_id ="
                                        + " 'SMrotationdone'")[0])
                .isEqualTo(VaultKeys.index(IDX_2, b));
        Object[] waiting =
                row(
                        "SELECT phone_index, body_ciphertext FROM inbound_message"
                                + " WHERE external_id = 'SMrotationwait'");
        assertThat(waiting[0]).isEqualTo(VaultKeys.index(IDX_2, a));
        assertThat(
                        new InboundBodySeal(GENERATION_2)
                                .open((byte[]) waiting[1], "twilio", "SMrotationwait"))
                .isEqualTo("R 1234 5 please call");

        // opt-outs: b's entry moved and got its ciphertext from her survivor row; one entry each;
        // the number nobody knows stays under the previous index, still matched (counted above)
        List<Object[]> optOuts = rows("SELECT phone_index, phone_ciphertext FROM do_not_contact");
        assertThat(optOuts).hasSize(3);
        List<String> holders = new ArrayList<>();
        for (Object[] o : optOuts) {
            if (o[1] == null) {
                assertThat((byte[]) o[0]).isEqualTo(VaultKeys.index(IDX_1, unknown));
                holders.add("unknown");
            } else {
                PhoneNumber number = generation2.decrypt((byte[]) o[1]);
                assertThat((byte[]) o[0]).isEqualTo(VaultKeys.index(IDX_2, number));
                holders.add(number.equals(late) ? "late" : number.equals(b) ? "b" : "other");
            }
        }
        assertThat(holders).containsExactlyInAnyOrder("late", "b", "unknown");

        Object[] safetyCase =
                row(
                        "SELECT phone_ciphertext, opening_text FROM safety_case WHERE source_key ="
                                + " 'sms:rotation'");
        assertThat(generation2.decrypt((byte[]) safetyCase[0])).isEqualTo(caseCaller);
        SafetyCase opened = new SafetyCase();
        opened.openingText = (byte[]) safetyCase[1];
        opened.sourceKey = "sms:rotation";
        CaseTexts texts = new CaseTexts(GENERATION_2);
        assertThat(texts.openOpening(opened)).isEqualTo("the officer took my phone");
        byte[] note =
                (byte[])
                        row("SELECT body FROM safety_case_note WHERE seal_key = 'rotation-note'")[
                                0];
        assertThat(
                        new TextSeal(GENERATION_2, TextSeal.SAFETY_CASE_TEXT)
                                .open(note, "note\nrotation-note"))
                .isEqualTo("called, safe now");
    }

    private void progressAnswersHoldNoSecret() {
        String admin = fixtures.user(Roles.ADMIN, null);
        String body =
                Fixtures.as(admin)
                        .get("/api/v1/admin/vault-rotation")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(body).contains("\"state\":\"FINISHED\"").contains("\"optOutsWithoutNumber\":1");
        assertThat(body).doesNotContain(ENC_1).doesNotContain(ENC_2).doesNotContain(IDX_1);
        for (PhoneNumber p : List.of(a, b, caseCaller, unknown)) {
            assertThat(body).doesNotContain(p.e164().substring(3));
        }
    }

    private void runUntilStep(RotationStep step) {
        while (!step.name().equals(rotation.progress().step())) {
            assertThat(rotation.runBatch()).isTrue();
        }
    }

    private long rotationId() {
        return count("SELECT id FROM vault_rotation");
    }

    private static PhoneNumber phone() {
        return PhoneNumber.parse(OutreachFixtures.phone()).orElseThrow();
    }

    private static <T> T inTx(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String sql) {
        return ((Number) row(sql)[0]).longValue();
    }

    private Object[] row(String sql, Object... parameters) {
        List<Object[]> all = rows(sql, parameters);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<Object[]> rows(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Object[]> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    result.add(row);
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
