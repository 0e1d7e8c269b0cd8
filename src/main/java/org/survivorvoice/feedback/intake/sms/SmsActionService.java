package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingReceipt;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.feedback.intake.PhoneRater;
import org.survivorvoice.feedback.intake.sms.SmsCommand.AskForHelp;
import org.survivorvoice.feedback.intake.sms.SmsCommand.ChangeLanguage;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Help;
import org.survivorvoice.feedback.intake.sms.SmsCommand.MalformedRating;
import org.survivorvoice.feedback.intake.sms.SmsCommand.QuestionAnswer;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Rate;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Start;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Stop;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Unknown;
import org.survivorvoice.feedback.intake.sms.SmsCommand.UnrecognisedCode;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.safetydesk.SafetyCheck;
import org.survivorvoice.survivor.Survivor;

/**
 * Does what an SMS command asks for a phone (known only by its blind index) and chooses the reply,
 * inside the caller's transaction so that the action and the message's new state commit together.
 *
 * <p>A phone on the do-not-contact registry gets no reply at all except the confirmation of START
 * (and of the STOP that put it there): she asked not to be contacted, and a reply is contact. What
 * she sends is still acted on, so her rating counts, and her request for help still reaches the
 * safety desk (which shows the field worker that she is on the registry).
 *
 * <p>{@code HELP ME} (or a local word for help), and any message that is no command, are handed to
 * the safety desk ({@link SafetyCheck}, source {@code sms:<inbound_message id>}) in this
 * transaction; the desk's detector decides whether a case opens. The reply to a request for help is
 * neutral, since someone else may read her phone.
 */
@ApplicationScoped
public class SmsActionService {

    private final FeedbackService feedback;
    private final DoNotContactService doNotContact;
    private final SurvivorMessages messages;
    private final InvitationConversationService conversations;
    private final Event<SafetyCheck> safety;
    private final PhoneVault vault;
    private final SenderQueries senders;

    public SmsActionService(
            FeedbackService feedback,
            DoNotContactService doNotContact,
            SurvivorMessages messages,
            InvitationConversationService conversations,
            Event<SafetyCheck> safety,
            PhoneVault vault,
            SenderQueries senders) {
        this.feedback = feedback;
        this.doNotContact = doNotContact;
        this.messages = messages;
        this.conversations = conversations;
        this.safety = safety;
        this.vault = vault;
        this.senders = senders;
    }

    /** The result of a command: the reply (null for none) and the rating it created, if any. */
    public record Outcome(String reply, Long ratingId) {}

    /**
     * The message acted on. {@link #toString()} shows the id only.
     *
     * @param id the {@code inbound_message} row
     * @param phoneIndex the sender's blind index; null for a sender that is not a phone
     * @param phone the sender's number when this request carries it (never stored by the SMS log;
     *     handed to the safety desk as the number to call back a sender who is not enrolled)
     * @param body the text as sent
     */
    public record Received(long id, byte[] phoneIndex, PhoneNumber phone, String body) {
        @Override
        public String toString() {
            return "Received[id=" + id + "]";
        }
    }

    /**
     * Acts on the command read from the message, its sender's facts already read by {@link
     * SenderQueries#facts} under {@code phoneIndexes} (what {@link #indexesOf} gives) in this
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome act(
            SmsCommand command, Received message, List<byte[]> phoneIndexes, SenderFacts facts) {
        Sender sender = new Sender(phoneIndexes, facts);
        // with the number, its indexes are the current and (in a rotation) the previous one, so
        // an opt-out under either counts, as DoNotContactService.containsPhone counts it
        boolean optedOut = facts.optedOut();
        SurvivorLanguage language = knownLanguage(sender).orElse(SurvivorLanguage.EN);
        if (command instanceof Rate rate) {
            return rate(rate, message, sender, language, optedOut);
        } else if (command instanceof AskForHelp) {
            return askForHelp(message, sender, optedOut);
        } else if (command instanceof UnrecognisedCode) {
            return reply(language, "sms.code-not-recognised", optedOut);
        } else if (command instanceof MalformedRating) {
            return reply(language, "sms.rating-format", optedOut);
        } else if (command instanceof Help) {
            return reply(language, "sms.help", optedOut);
        } else if (command instanceof Stop) {
            return stop(message, language);
        } else if (command instanceof Start) {
            return start(message, language);
        } else if (command instanceof ChangeLanguage change) {
            return changeLanguage(phoneIndexes, change.language(), optedOut);
        } else if (command instanceof QuestionAnswer answer) {
            return answerPendingQuestion(answer, phoneIndexes, language, optedOut);
        } else if (command instanceof Unknown) {
            // no command, but it may still say she is in danger: the detector decides
            safety.fire(safetyCheck(message, sender));
        }
        return reply(language, "sms.unknown", optedOut);
    }

    /**
     * Hands a message that is not acted on (the phone is over its hourly limit) to the safety desk
     * alone: a call for help or words of danger still open a case; nothing is stored or answered.
     * The sender's facts were read in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellSafetyDesk(Received message, List<byte[]> phoneIndexes, SenderFacts facts) {
        safety.fire(safetyCheck(message, new Sender(phoneIndexes, facts)));
    }

    /**
     * The language replies to the phone come in: the one it chose with LANG, else its survivor's,
     * else English.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurvivorLanguage languageOf(byte[] phoneIndex) {
        return knownLanguage(phoneIndex).orElse(SurvivorLanguage.EN);
    }

    /** The language the phone chose with LANG, else its survivor's; empty when neither is known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurvivorLanguage> knownLanguage(byte[] phoneIndex) {
        return knownLanguage(phoneIndex == null ? List.of() : List.of(phoneIndex));
    }

    /**
     * The language the phone chose with LANG, else its survivor's, its rows under any of its
     * indexes (PhoneVault.lookupIndexes); empty when neither is known or no index is given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurvivorLanguage> knownLanguage(List<byte[]> phoneIndexes) {
        if (phoneIndexes.isEmpty()) {
            return Optional.empty();
        }
        return senders.facts(phoneIndexes, null, null).knownLanguage();
    }

    private static Optional<SurvivorLanguage> knownLanguage(Sender sender) {
        return sender.phoneIndexes().isEmpty() ? Optional.empty() : sender.facts().knownLanguage();
    }

    /**
     * Every index the sender's rows may be under: from the number when the request carries it (the
     * current and, during a vault key rotation, the previous index), else the stored one alone.
     */
    public List<byte[]> indexesOf(Received message) {
        if (message.phone() != null) {
            return vault.lookupIndexes(message.phone());
        }
        return message.phoneIndex() == null ? List.of() : List.of(message.phoneIndex());
    }

    /**
     * The phone a message came from, with what the database knows of it read once per message (the
     * reply's language, the opt-out and the rater all need it).
     */
    private record Sender(List<byte[]> phoneIndexes, SenderFacts facts) {

        PhoneRater rater() {
            return phoneIndexes.isEmpty()
                    ? new PhoneRater(null, null)
                    : new PhoneRater(
                            facts.soleSurvivorId(), RaterKey.forPhone(phoneIndexes.get(0)));
        }
    }

    /**
     * She asks for a call: the desk is told (it opens a case), and she is thanked neutrally in her
     * language, else in the language of the script she wrote in.
     */
    private Outcome askForHelp(Received message, Sender sender, boolean optedOut) {
        SafetyCheck check = safetyCheck(message, sender);
        safety.fire(check);
        return reply(SurvivorLanguage.fromCodeOrEnglish(check.language()), "sms.help-me", optedOut);
    }

    /**
     * The message as the safety desk looks at it: her survivor when the phone is one enrolled
     * survivor's, otherwise the number it came from, to be called back on.
     */
    private static SafetyCheck safetyCheck(Received message, Sender sender) {
        SurvivorLanguage language =
                knownLanguage(sender)
                        .or(() -> MessageScript.languageOf(message.body()))
                        .orElse(SurvivorLanguage.EN);
        Long survivorId = sender.rater().survivorId();
        SafetyCheck check =
                SafetyCheck.ofMessage(
                        "sms:" + message.id(),
                        CaseChannel.SMS,
                        language.code(),
                        survivorId,
                        message.body());
        return survivorId == null ? check.from(message.phone()) : check;
    }

    private Outcome rate(
            Rate rate,
            Received message,
            Sender sender,
            SurvivorLanguage language,
            boolean optedOut) {
        PhoneRater rater = sender.rater();
        // the provider is read once, by the service: an unknown code stores nothing
        Optional<RatingReceipt> receipt =
                feedback.submitToKnownProvider(
                        RatingSubmission.ofProvider(
                                        rate.code().value(),
                                        Channel.SMS,
                                        language.code(),
                                        RatingAnswers.of(rate.answers(), rate.moneyAsked()))
                                .by(rater.survivorId(), rater.raterKey())
                                .withComment(rate.comment())
                                .replyTo(rater.survivorId() == null ? message.phone() : null));
        if (receipt.isEmpty()) {
            return reply(language, "sms.code-not-recognised", optedOut);
        }
        return new Outcome(optedOut ? null : text(language, "sms.thanks"), receipt.get().id());
    }

    /**
     * A bare answer belongs to the pending question of the phone's open invitation conversation;
     * without one, the survivor is told how to rate instead.
     */
    private Outcome answerPendingQuestion(
            QuestionAnswer answer,
            List<byte[]> phoneIndexes,
            SurvivorLanguage language,
            boolean optedOut) {
        Optional<InvitationConversationService.Reply> answered =
                phoneIndexes.isEmpty()
                        ? Optional.empty()
                        : conversations.answer(phoneIndexes, answer, language);
        if (answered.isEmpty()) {
            return reply(language, "sms.no-open-question", optedOut);
        }
        return new Outcome(
                optedOut ? null : text(language, answered.get().key()), answered.get().ratingId());
    }

    private Outcome stop(Received message, SurvivorLanguage language) {
        if (message.phoneIndex() == null) {
            return reply(language, "sms.unknown", false);
        }
        // with the number, the entry keeps its ciphertext and survives any key rotation
        boolean added =
                message.phone() != null
                        ? doNotContact.add(message.phone(), DoNotContactService.Source.SMS)
                        : doNotContact.add(message.phoneIndex(), DoNotContactService.Source.SMS);
        // confirmed once: a second STOP is already a request for silence
        return new Outcome(added ? text(language, "sms.stop") : null, null);
    }

    private Outcome start(Received message, SurvivorLanguage language) {
        if (message.phoneIndex() == null) {
            return reply(language, "sms.unknown", false);
        }
        if (message.phone() != null) {
            doNotContact.remove(message.phone());
        } else {
            doNotContact.remove(message.phoneIndex());
        }
        return new Outcome(text(language, "sms.start"), null);
    }

    private Outcome changeLanguage(
            List<byte[]> phoneIndexes, SurvivorLanguage language, boolean optedOut) {
        if (!phoneIndexes.isEmpty()) {
            byte[] phoneIndex = phoneIndexes.get(0);
            // during a key rotation her choice may be under the previous index: it moves to the
            // current one (a second row, under the other index, goes)
            List<PhoneLanguage> rows = PhoneLanguage.list("phoneIndex in ?1", phoneIndexes);
            PhoneLanguage chosen =
                    rows.stream()
                            .filter(r -> Arrays.equals(r.phoneIndex, phoneIndex))
                            .findFirst()
                            .orElseGet(() -> rows.isEmpty() ? new PhoneLanguage() : rows.get(0));
            rows.stream().filter(r -> r != chosen).forEach(PhoneLanguage::delete);
            chosen.phoneIndex = phoneIndex;
            chosen.language = language.code();
            chosen.persist();
            // her outreach uses the language too
            Survivor.update("language = ?1 where phoneIndex in ?2", language.code(), phoneIndexes);
        }
        return reply(language, "sms.lang", optedOut);
    }

    private Outcome reply(SurvivorLanguage language, String key, boolean optedOut) {
        return new Outcome(optedOut ? null : text(language, key), null);
    }

    private String text(SurvivorLanguage language, String key) {
        return messages.text(language, key);
    }
}
