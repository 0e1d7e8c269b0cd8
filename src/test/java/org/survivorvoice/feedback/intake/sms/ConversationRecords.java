package org.survivorvoice.feedback.intake.sms;

import static org.survivorvoice.testing.Fixtures.as;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.outreach.invitation.ConversationQuestion;
import org.survivorvoice.outreach.invitation.Invitation;
import org.survivorvoice.outreach.invitation.SmsConversation;

/**
 * Invitation conversations and calls as tests set them up (survivors enrolled through the API) and
 * read them back from the database.
 */
@ApplicationScoped
public class ConversationRecords {

    /** The rating of an encounter as the tests look at it. */
    public record EncounterRating(
            long id,
            Long survivorId,
            String channel,
            boolean verified,
            String language,
            Answers answers,
            Boolean moneyAsked) {}

    /** An SMS conversation's stored state. */
    public record Conversation(
            SmsConversation.State state,
            ConversationQuestion question,
            Integer overall,
            Integer dignity,
            Boolean moneyAsked,
            Long ratingId) {}

    /**
     * Enrols a survivor through the API with reporting consent, the given channels and language,
     * safe hours 10:00 to 17:30; returns her id.
     */
    public static long enrol(
            String worker, long areaId, String phone, String language, boolean sms, String pin) {
        Map<String, Object> body = new HashMap<>();
        body.put("phone", phone);
        body.put("language", language);
        body.put("areaId", areaId);
        body.put(
                "consent",
                Map.of("sms", sms, "ivr", pin != null, "webLink", false, "reporting", true));
        body.put("safeHours", Map.of("from", "10:00", "to", "17:30"));
        if (pin != null) {
            body.put("ivrPin", pin);
        }
        Number id =
                as(worker)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/survivors")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }

    @Transactional
    public Optional<EncounterRating> ratingOf(long encounterId) {
        return Rating.<Rating>find("encounter.id", encounterId)
                .firstResultOptional()
                .map(
                        r ->
                                new EncounterRating(
                                        r.id,
                                        r.survivor == null ? null : r.survivor.id,
                                        r.channel.name(),
                                        r.verified,
                                        r.language,
                                        r.answers.toAnswers(),
                                        r.answers.moneyAsked()));
    }

    @Transactional
    public long ratingCount(long encounterId) {
        return Rating.count("encounter.id", encounterId);
    }

    @Transactional
    public Optional<Conversation> conversationOf(long encounterId) {
        return SmsConversation.<SmsConversation>find("encounter.id", encounterId)
                .firstResultOptional()
                .map(
                        c ->
                                new Conversation(
                                        c.state,
                                        c.question,
                                        c.overall,
                                        c.dignity,
                                        c.moneyAsked,
                                        c.ratingId));
    }

    /** The provider code of the encounter. */
    @Transactional
    public String providerOf(long encounterId) {
        return Encounter.<Encounter>findById(encounterId).provider.code;
    }

    /** The number of invitations of the encounter. */
    @Transactional
    public long invitations(long encounterId) {
        return Invitation.count("encounter.id", encounterId);
    }
}
