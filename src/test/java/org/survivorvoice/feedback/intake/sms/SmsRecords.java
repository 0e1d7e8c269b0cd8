package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;

/** What SMS tests read back from the database. */
@ApplicationScoped
public class SmsRecords {

    private final PhoneVault vault;
    private final DoNotContactService doNotContact;

    public SmsRecords(PhoneVault vault, DoNotContactService doNotContact) {
        this.vault = vault;
        this.doNotContact = doNotContact;
    }

    /** An inbound message row, without its body. */
    public record Inbound(
            InboundStatus status,
            boolean bodyKept,
            boolean phoneIndexed,
            String command,
            String reply,
            Long ratingId) {}

    /** A stored rating as the tests look at it. */
    public record StoredRating(
            Long survivorId,
            String channel,
            boolean verified,
            String language,
            String raterKey,
            Answers answers,
            Boolean moneyAsked,
            String comment) {}

    /** A fresh Indian mobile number nobody else in the run uses. */
    public static String phone() {
        return "+9197" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** A fresh message id in Twilio's shape. */
    public static String messageSid() {
        return "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    @Transactional
    public Optional<Inbound> inbound(String gateway, String externalId) {
        return InboundMessage.<InboundMessage>find(
                        "gateway = ?1 and externalId = ?2", gateway, externalId)
                .firstResultOptional()
                .map(
                        m ->
                                new Inbound(
                                        m.status,
                                        m.bodyCiphertext != null,
                                        m.phoneIndex != null,
                                        m.command,
                                        m.replyText,
                                        m.ratingId));
    }

    /** A message left RECEIVED with the given sealed body, as a crash after storing leaves it. */
    @Transactional
    public void leaveReceived(String gateway, String externalId, byte[] bodyCiphertext) {
        leaveReceived(gateway, externalId, bodyCiphertext, null);
    }

    /** A message stored from a phone (its blind index) and left RECEIVED, as a failed webhook. */
    @Transactional
    public void leaveReceived(
            String gateway, String externalId, byte[] bodyCiphertext, byte[] phoneIndex) {
        InboundMessage message = new InboundMessage();
        message.phoneIndex = phoneIndex;
        message.gateway = gateway;
        message.externalId = externalId;
        message.bodyCiphertext = bodyCiphertext;
        message.status = InboundStatus.RECEIVED;
        message.receivedAt = java.time.Instant.now();
        message.persist();
    }

    @Transactional
    public long inboundCount(String externalId) {
        return InboundMessage.count("externalId", externalId);
    }

    @Transactional
    public List<StoredRating> ratings(String providerCode) {
        Provider provider = Provider.findByCode(providerCode);
        return Rating.<Rating>list("provider = ?1 order by id", provider).stream()
                .map(
                        r ->
                                new StoredRating(
                                        r.survivor == null ? null : r.survivor.id,
                                        r.channel.name(),
                                        r.verified,
                                        r.language,
                                        r.raterKey,
                                        r.answers.toAnswers(),
                                        r.answers.moneyAsked(),
                                        r.comment))
                .toList();
    }

    /** Whether the phone is on the do-not-contact registry. */
    public boolean doNotContact(String phone) {
        return doNotContact.contains(vault.blindIndex(PhoneNumber.parse(phone).orElseThrow()));
    }
}
