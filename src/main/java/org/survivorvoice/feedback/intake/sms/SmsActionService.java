package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingReceipt;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.feedback.intake.PhoneRater;
import org.survivorvoice.feedback.intake.sms.SmsCommand.ChangeLanguage;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Help;
import org.survivorvoice.feedback.intake.sms.SmsCommand.MalformedRating;
import org.survivorvoice.feedback.intake.sms.SmsCommand.QuestionAnswer;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Rate;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Start;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Stop;
import org.survivorvoice.feedback.intake.sms.SmsCommand.UnrecognisedCode;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;

/**
 * Does what an SMS command asks for a phone (known only by its blind index) and chooses the reply,
 * inside the caller's transaction so that the action and the message's new state commit together.
 *
 * <p>A phone on the do-not-contact registry gets no reply at all except the confirmation of START
 * (and of the STOP that put it there): she asked not to be contacted, and a reply is contact. What
 * she sends is still acted on, so her rating counts.
 */
@ApplicationScoped
public class SmsActionService {

    private final FeedbackService feedback;
    private final DoNotContactService doNotContact;
    private final SurvivorMessages messages;
    private final InvitationConversationService conversations;

    public SmsActionService(
            FeedbackService feedback,
            DoNotContactService doNotContact,
            SurvivorMessages messages,
            InvitationConversationService conversations) {
        this.feedback = feedback;
        this.doNotContact = doNotContact;
        this.messages = messages;
        this.conversations = conversations;
    }

    /** The result of a command: the reply (null for none) and the rating it created, if any. */
    public record Outcome(String reply, Long ratingId) {}

    /** Acts on the command from the phone; {@code phoneIndex} is null for a non-phone sender. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome act(SmsCommand command, byte[] phoneIndex) {
        boolean optedOut = phoneIndex != null && doNotContact.contains(phoneIndex);
        SurvivorLanguage language = languageOf(phoneIndex);
        if (command instanceof Rate rate) {
            return rate(rate, phoneIndex, language, optedOut);
        } else if (command instanceof UnrecognisedCode) {
            return reply(language, "sms.code-not-recognised", optedOut);
        } else if (command instanceof MalformedRating) {
            return reply(language, "sms.rating-format", optedOut);
        } else if (command instanceof Help) {
            return reply(language, "sms.help", optedOut);
        } else if (command instanceof Stop) {
            return stop(phoneIndex, language);
        } else if (command instanceof Start) {
            return start(phoneIndex, language);
        } else if (command instanceof ChangeLanguage change) {
            return changeLanguage(phoneIndex, change.language(), optedOut);
        } else if (command instanceof QuestionAnswer answer) {
            return answerPendingQuestion(answer, phoneIndex, language, optedOut);
        }
        return reply(language, "sms.unknown", optedOut);
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
        if (phoneIndex == null) {
            return Optional.empty();
        }
        Optional<PhoneLanguage> chosen = PhoneLanguage.findByPhoneIndex(phoneIndex);
        if (chosen.isPresent()) {
            return SurvivorLanguage.fromCode(chosen.get().language);
        }
        return survivorsOf(phoneIndex).stream()
                .findFirst()
                .flatMap(s -> SurvivorLanguage.fromCode(s.language));
    }

    private Outcome rate(
            Rate rate, byte[] phoneIndex, SurvivorLanguage language, boolean optedOut) {
        if (Provider.findByCode(rate.code().value()) == null) {
            return reply(language, "sms.code-not-recognised", optedOut);
        }
        PhoneRater rater = PhoneRater.of(phoneIndex);
        RatingReceipt receipt =
                feedback.submit(
                        RatingSubmission.ofProvider(
                                        rate.code().value(),
                                        Channel.SMS,
                                        language.code(),
                                        RatingAnswers.of(rate.answers(), rate.moneyAsked()))
                                .by(rater.survivorId(), rater.raterKey())
                                .withComment(rate.comment()));
        return new Outcome(optedOut ? null : text(language, "sms.thanks"), receipt.id());
    }

    /**
     * A bare answer belongs to the pending question of the phone's open invitation conversation;
     * without one, the survivor is told how to rate instead.
     */
    private Outcome answerPendingQuestion(
            QuestionAnswer answer, byte[] phoneIndex, SurvivorLanguage language, boolean optedOut) {
        Optional<InvitationConversationService.Reply> answered =
                phoneIndex == null
                        ? Optional.empty()
                        : conversations.answer(phoneIndex, answer, language);
        if (answered.isEmpty()) {
            return reply(language, "sms.no-open-question", optedOut);
        }
        return new Outcome(
                optedOut ? null : text(language, answered.get().key()), answered.get().ratingId());
    }

    private Outcome stop(byte[] phoneIndex, SurvivorLanguage language) {
        if (phoneIndex == null) {
            return reply(language, "sms.unknown", false);
        }
        boolean added = doNotContact.add(phoneIndex, DoNotContactService.Source.SMS);
        // confirmed once: a second STOP is already a request for silence
        return new Outcome(added ? text(language, "sms.stop") : null, null);
    }

    private Outcome start(byte[] phoneIndex, SurvivorLanguage language) {
        if (phoneIndex == null) {
            return reply(language, "sms.unknown", false);
        }
        doNotContact.remove(phoneIndex);
        return new Outcome(text(language, "sms.start"), null);
    }

    private Outcome changeLanguage(byte[] phoneIndex, SurvivorLanguage language, boolean optedOut) {
        if (phoneIndex != null) {
            PhoneLanguage chosen =
                    PhoneLanguage.findByPhoneIndex(phoneIndex)
                            .orElseGet(
                                    () -> {
                                        PhoneLanguage fresh = new PhoneLanguage();
                                        fresh.phoneIndex = phoneIndex;
                                        return fresh;
                                    });
            chosen.language = language.code();
            chosen.persist();
            // her outreach uses the language too
            Survivor.update("language = ?1 where phoneIndex = ?2", language.code(), phoneIndex);
        }
        return reply(language, "sms.lang", optedOut);
    }

    private Outcome reply(SurvivorLanguage language, String key, boolean optedOut) {
        return new Outcome(optedOut ? null : text(language, key), null);
    }

    private String text(SurvivorLanguage language, String key) {
        return messages.text(language, key);
    }

    private static List<Survivor> survivorsOf(byte[] phoneIndex) {
        return Survivor.list("phoneIndex = ?1 order by id", phoneIndex);
    }
}
