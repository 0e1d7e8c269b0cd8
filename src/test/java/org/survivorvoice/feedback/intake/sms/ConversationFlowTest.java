package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.intake.sms.ConversationFlow.State;
import org.survivorvoice.feedback.intake.sms.ConversationFlow.Step;
import org.survivorvoice.feedback.intake.sms.SmsCommand.QuestionAnswer;
import org.survivorvoice.outreach.invitation.ConversationQuestion;

class ConversationFlowTest {

    private static final QuestionAnswer YES = new QuestionAnswer(null, true);
    private static final QuestionAnswer NO = new QuestionAnswer(null, false);

    @Test
    void overallThenDignityThenMoneyThenThanks() {
        Step overall = ConversationFlow.next(State.OPENED, QuestionAnswer.ofDigit(4));
        assertThat(overall.replyKey()).isEqualTo("sms.conversation.dignity");
        assertThat(overall.complete()).isFalse();
        Step dignity = ConversationFlow.next(overall.state(), QuestionAnswer.ofDigit(2));
        assertThat(dignity.replyKey()).isEqualTo("sms.conversation.money");
        Step money = ConversationFlow.next(dignity.state(), NO);

        assertThat(money.complete()).isTrue();
        assertThat(money.replyKey()).isEqualTo("sms.thanks");
        assertThat(money.state()).isEqualTo(new State(ConversationQuestion.DONE, 4, 2, false));
    }

    @Test
    void oneAndTwoAnswerTheMoneyQuestion() {
        State atMoney = new State(ConversationQuestion.MONEY, 3, 3, null);
        assertThat(ConversationFlow.next(atMoney, QuestionAnswer.ofDigit(1)).state().moneyAsked())
                .isTrue();
        assertThat(ConversationFlow.next(atMoney, QuestionAnswer.ofDigit(2)).state().moneyAsked())
                .isFalse();
        assertThat(ConversationFlow.next(atMoney, YES).state().moneyAsked()).isTrue();
    }

    @Test
    void anAnswerThatDoesNotFitAsksAgainAndChangesNothing() {
        Step yesToScale = ConversationFlow.next(State.OPENED, YES);
        assertThat(yesToScale.state()).isEqualTo(State.OPENED);
        assertThat(yesToScale.replyKey()).isEqualTo("sms.conversation.scale-again");

        State atMoney = new State(ConversationQuestion.MONEY, 5, 1, null);
        Step fourToMoney = ConversationFlow.next(atMoney, QuestionAnswer.ofDigit(4));
        assertThat(fourToMoney.state()).isEqualTo(atMoney);
        assertThat(fourToMoney.replyKey()).isEqualTo("sms.conversation.yes-no-again");
        assertThat(fourToMoney.complete()).isFalse();
    }

    @Property
    void aFinishedConversationNeverCompletesTwice(@ForAll @IntRange(min = 1, max = 5) int digit) {
        State done = new State(ConversationQuestion.DONE, 2, 3, true);
        Step step = ConversationFlow.next(done, QuestionAnswer.ofDigit(digit));
        assertThat(step.complete()).isFalse();
        assertThat(step.state()).isEqualTo(done);
    }

    @Property
    void everyScaleAnswerIsKeptAtItsQuestion(@ForAll @IntRange(min = 1, max = 5) int digit) {
        State afterOverall =
                ConversationFlow.next(State.OPENED, QuestionAnswer.ofDigit(digit)).state();
        assertThat(afterOverall.overall()).isEqualTo(digit);
        assertThat(afterOverall.hasAnswers()).isTrue();
        State afterDignity =
                ConversationFlow.next(afterOverall, QuestionAnswer.ofDigit(6 - digit)).state();
        assertThat(afterDignity.dignity()).isEqualTo(6 - digit);
        assertThat(afterDignity.overall()).isEqualTo(digit);
    }
}
