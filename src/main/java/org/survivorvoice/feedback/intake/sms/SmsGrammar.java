package org.survivorvoice.feedback.intake.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.feedback.Answers;
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
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.safetydesk.SignalDetector;

/**
 * Reads an SMS into a {@link SmsCommand} (CHANNELS.md, SMS grammar). Case-insensitive; Latin,
 * Devanagari, Bengali and Telugu digits; spaces, commas, full stops and dandas between tokens are
 * all separators. Pure and total: any string, however broken, gives a command and never an
 * exception.
 *
 * <p>Of the optional four answers after {@code overall}, fewer than four are taken in order
 * (dignity, listened, timeliness, outcome): a survivor who stops after two has still said two true
 * things. A number that stands where an answer belongs but is not 1-5 makes the whole message
 * malformed, rather than being mistaken for the start of a comment.
 *
 * <p>A message that opens with {@code HELP ME} or a configured local word for help asks for a call
 * back ({@link AskForHelp}); which words those are is the safety desk's {@link SignalDetector}'s to
 * say, so that every message answered as a request for help opens a case. Bare {@code HELP} keeps
 * the usage help.
 */
public final class SmsGrammar {

    private static final int OPTIONAL_ANSWERS = 4;

    private final SmsKeywords keywords;
    private final SignalDetector help;

    /** A grammar of the keywords that asks the detector whether a message asks for help. */
    public SmsGrammar(SmsKeywords keywords, SignalDetector help) {
        this.keywords = keywords;
        this.help = help;
    }

    /** The command the message asks for; {@link Unknown} when it asks for nothing we know. */
    public SmsCommand parse(String message) {
        String text = SurvivorText.normalise(message);
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Unknown();
        }
        String first = tokens.get(0).key();
        if (tokens.size() == 1) {
            Optional<QuestionAnswer> answer = bareAnswer(first);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        if (help.asksForHelp(text)) {
            return new AskForHelp();
        }
        if (first.equals("HELP") || first.equals("?")) {
            return new Help();
        }
        if (keywords.stop().contains(first)) {
            return new Stop();
        }
        if (first.equals("START")) {
            return new Start();
        }
        if (first.equals("LANG")) {
            return tokens.size() == 2
                    ? SurvivorLanguage.fromCode(tokens.get(1).key())
                            .<SmsCommand>map(ChangeLanguage::new)
                            .orElse(new Unknown())
                    : new Unknown();
        }
        if (keywords.rate().contains(first)) {
            return rate(text, tokens.subList(1, tokens.size()));
        }
        if (first.length() > 1 && first.charAt(0) == 'R' && isNumber(first.substring(1))) {
            // "R123456 4": the code typed without the space
            List<Token> rest = new ArrayList<>();
            Token glued = tokens.get(0);
            rest.add(new Token(glued.text().substring(1), glued.start() + 1, glued.end()));
            rest.addAll(tokens.subList(1, tokens.size()));
            return rate(text, rest);
        }
        return new Unknown();
    }

    private static Optional<QuestionAnswer> bareAnswer(String key) {
        Integer digit = scale(key);
        if (digit != null) {
            return Optional.of(QuestionAnswer.ofDigit(digit));
        }
        return yesNo(key).map(yes -> new QuestionAnswer(null, yes));
    }

    /** After the keyword: code, overall, up to four more answers, Y/N, comment. */
    private static SmsCommand rate(String text, List<Token> rest) {
        if (rest.isEmpty() || !isNumber(rest.get(0).key())) {
            return new MalformedRating();
        }
        Optional<ProviderCode> code = ProviderCode.parse(rest.get(0).key());
        if (code.isEmpty()) {
            return new UnrecognisedCode();
        }
        if (rest.size() < 2 || scale(rest.get(1).key()) == null) {
            return new MalformedRating();
        }
        Integer[] answers = new Integer[1 + OPTIONAL_ANSWERS];
        answers[0] = scale(rest.get(1).key());
        int next = 2;
        while (next < rest.size() && next - 1 <= OPTIONAL_ANSWERS) {
            String key = rest.get(next).key();
            if (!isNumber(key)) {
                break;
            }
            Integer value = scale(key);
            if (value == null) {
                return new MalformedRating();
            }
            answers[next - 1] = value;
            next++;
        }
        Boolean moneyAsked = null;
        if (next < rest.size()) {
            Optional<Boolean> yes = yesNo(rest.get(next).key());
            if (yes.isPresent()) {
                moneyAsked = yes.get();
                next++;
            }
        }
        String comment = next < rest.size() ? text.substring(rest.get(next).start()).strip() : "";
        return new Rate(
                code.get(),
                new Answers(answers[0], answers[1], answers[2], answers[3], answers[4]),
                moneyAsked,
                comment.isEmpty() ? null : comment);
    }

    private static Integer scale(String key) {
        if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '5') {
            return key.charAt(0) - '0';
        }
        return null;
    }

    private static Optional<Boolean> yesNo(String key) {
        return switch (key) {
            case "Y", "YES" -> Optional.of(true);
            case "N", "NO" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static boolean isNumber(String key) {
        if (key.isEmpty() || key.length() > 12) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Splits normalised text at separators, remembering where each token starts. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSeparator(text.charAt(i));
            if (separator && start >= 0) {
                tokens.add(new Token(text.substring(start, i), start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == ','
                || c == '.'
                || c == ';'
                || c == '\u0964' // Devanagari danda, the full stop of Hindi and Bengali
                || c == '\u0965'
                || c == '\uFF0C'
                || c == '\u3002';
    }

    /** A token of the message and where it lies in the normalised text. */
    record Token(String text, int start, int end) {
        String key() {
            return SmsKeywords.key(text);
        }
    }
}
