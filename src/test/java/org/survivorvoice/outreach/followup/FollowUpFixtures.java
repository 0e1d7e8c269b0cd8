package org.survivorvoice.outreach.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.response.ProviderResponse;
import org.survivorvoice.response.ResponseCompleted;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorStatus;
import org.survivorvoice.testing.RatingRow;

/**
 * Follow-up test data and the survivor's side of a follow-up, reusable by an end-to-end test: a
 * response marked done (firing {@link ResponseCompleted} as the response service does), ratings in
 * a quarter, the follow-ups as rows, and {@link #answerBySms}, her reply through the signed Twilio
 * SMS webhook.
 */
@ApplicationScoped
public class FollowUpFixtures {

    /** One follow-up, as tests read it. */
    public record FollowUpRow(
            long id,
            long survivorId,
            FollowUpChannel channel,
            FollowUpStatus status,
            InvitationReason reason,
            Instant notBefore,
            Integer answer,
            Instant answeredAt) {}

    private final Event<ResponseCompleted> completed;

    public FollowUpFixtures(Event<ResponseCompleted> completed) {
        this.completed = completed;
    }

    /** A verified rating of the provider by the survivor in the quarter. */
    @Transactional
    public void rating(long survivorId, String providerCode, String period) {
        Quarter quarter = Quarter.parse(period);
        RatingRow.of(Provider.findByCode(providerCode).id)
                .by(survivorId)
                .verified(true)
                .at(quarter, RatingRow.day(quarter, 5))
                .overall(2)
                .persist();
    }

    /** A planned response of the provider's district to its results of the quarter. */
    @Transactional
    public long response(String providerCode, String period) {
        Provider provider = Provider.findByCode(providerCode);
        ProviderResponse r = new ProviderResponse();
        r.provider = provider;
        r.district = provider.district;
        r.period = period;
        r.theme = ResponseTheme.DIGNITY;
        r.actionText = "Private room for statements";
        r.ownerRole = "Officer in charge";
        r.dueDate = Quarter.parse(period).end().plusDays(60);
        r.status = ResponseStatus.PLANNED;
        r.recordedBy = "test";
        r.recordedAt = Instant.now();
        r.persist();
        return r.id;
    }

    /** Marks the response done at {@code at}, firing the event as the response service does. */
    @Transactional
    public void complete(long responseId, Instant at) {
        ProviderResponse r = ProviderResponse.findById(responseId);
        r.status = ResponseStatus.DONE;
        r.doneAt = at;
        completed.fire(new ResponseCompleted(r.id, r.provider.id, r.period, at));
    }

    /** The response's follow-ups, by survivor id. */
    @Transactional
    public List<FollowUpRow> of(long responseId) {
        return FollowUp.<FollowUp>list("response.id = ?1 order by survivor.id", responseId).stream()
                .map(
                        f ->
                                new FollowUpRow(
                                        f.id,
                                        f.survivor.id,
                                        f.channel,
                                        f.status,
                                        f.reason,
                                        f.notBefore,
                                        f.answer,
                                        f.answeredAt))
                .toList();
    }

    /** Her follow-up of the response. */
    public FollowUpRow of(long responseId, long survivorId) {
        return of(responseId).stream()
                .filter(r -> r.survivorId() == survivorId)
                .findFirst()
                .orElseThrow();
    }

    /** The gateway's id (MessageSid or CallSid) of the follow-up's outbox message, once sent. */
    @Transactional
    public String providerMessageId(long followUpId) {
        return OutboxMessage.<OutboxMessage>find(
                        "kind = ?1 and subjectId = ?2", OutboxMessage.Kind.FOLLOW_UP, followUpId)
                .firstResult()
                .providerMessageId;
    }

    /** Sets her language (the outreach fixtures make Hindi speakers). */
    @Transactional
    public void language(long survivorId, String code) {
        Survivor.<Survivor>findById(survivorId).language = code;
    }

    /** Marks her as having left the programme, straight in the table. */
    @Transactional
    public void exited(long survivorId) {
        Survivor s = Survivor.findById(survivorId);
        s.status = SurvivorStatus.EXITED;
        s.exitedAt = Instant.now();
    }

    /** Withdraws her consent to her ratings being used, straight in the table. */
    @Transactional
    public void withdrawReporting(long survivorId) {
        Survivor.<Survivor>findById(survivorId).consentReporting = false;
    }

    /**
     * Her reply from {@code phone} through the signed Twilio SMS webhook, as Twilio would post it;
     * the text of the TwiML reply.
     */
    public static String answerBySms(String phone, String body) {
        Response response =
                TwilioRequests.post(
                        "/twilio/sms", TwilioRequests.sms(SmsRecords.messageSid(), phone, body));
        assertThat(response.statusCode()).isEqualTo(200);
        return TwimlXml.parse(response.asString()).message();
    }
}
