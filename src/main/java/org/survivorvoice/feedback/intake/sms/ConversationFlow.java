package org.survivorvoice.feedback.intake.sms;

import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.intake.sms.SmsCommand.QuestionAnswer;
import org.survivorvoice.outreach.invitation.ConversationQuestion;

/**
 * An invitation's SMS conversation as a pure function: the answers so far and a bare reply give the
 * next answers and the reply key (CHANNELS.md: overall -> dignity -> money asked -> thanks). No
 * CDI, no database.
 *
 * <p>A reply that does not fit the pending question (Y to a 1-5 question, 4 to the yes/no one)
 * changes nothing and asks again; for the yes/no question 1 and 2 mean yes and no, as on the phone.
 */
public final class ConversationFlow {

    private ConversationFlow() {}

    /** What the conversation holds: the pending question and the answers given. */
    public record State(
            ConversationQuestion question, Integer overall, Integer dignity, Boolean moneyAsked) {

        /** A conversation just opened: the invitation asked the overall question. */
        public static final State OPENED =
                new State(ConversationQuestion.OVERALL, null, null, null);

        /** Whether any question was answered. */
        public boolean hasAnswers() {
            return overall != null || dignity != null || moneyAsked != null;
        }

        /** The answers given, as a rating keeps them (the conversation asks no other question). */
        public RatingAnswers answers() {
            return new RatingAnswers(overall, dignity, null, null, null, moneyAsked);
        }
    }

    /**
     * The next state and the reply.
     *
     * @param complete true when this reply answered the last question, so the rating is stored
     */
    public record Step(State state, String replyKey, boolean complete) {}

    /** The step for a bare reply to the conversation's pending question. */
    public static Step next(State state, QuestionAnswer answer) {
        return switch (state.question()) {
            case OVERALL ->
                    answer.scale() == null
                            ? again(state, "sms.conversation.scale-again")
                            : new Step(
                                    new State(
                                            ConversationQuestion.DIGNITY,
                                            answer.scale(),
                                            state.dignity(),
                                            state.moneyAsked()),
                                    "sms.conversation.dignity",
                                    false);
            case DIGNITY ->
                    answer.scale() == null
                            ? again(state, "sms.conversation.scale-again")
                            : new Step(
                                    new State(
                                            ConversationQuestion.MONEY,
                                            state.overall(),
                                            answer.scale(),
                                            state.moneyAsked()),
                                    "sms.conversation.money",
                                    false);
            case MONEY ->
                    answer.yes() == null
                            ? again(state, "sms.conversation.yes-no-again")
                            : new Step(
                                    new State(
                                            ConversationQuestion.DONE,
                                            state.overall(),
                                            state.dignity(),
                                            answer.yes()),
                                    "sms.thanks",
                                    true);
            case DONE -> new Step(state, "sms.thanks", false);
            case CHANGE ->
                    throw new IllegalArgumentException(
                            "a follow-up's question is answered by the follow-up");
        };
    }

    private static Step again(State state, String key) {
        return new Step(state, key, false);
    }
}
