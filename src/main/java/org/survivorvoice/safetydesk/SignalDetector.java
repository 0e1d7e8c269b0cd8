package org.survivorvoice.safetydesk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.survivorvoice.common.i18n.SurvivorText;

/**
 * Finds the signals of danger in a rating or a message: the one place that decides whether a case
 * opens. Pure and total: any text, in any script, with emoji or invisible characters, gives a set
 * of signals and never an exception.
 *
 * <p>Text and words are compared alike: cleaned as survivors' text always is ({@link
 * SurvivorText}), without zero-width joiners, in lower case, split into words of letters, marks
 * (Indic vowel signs are marks) and digits. A configured entry's last word matches the start of a
 * written word, its other words whole words, in order.
 */
public final class SignalDetector {

    private final List<List<String>> dangerWords;
    private final List<List<String>> helpWords;

    /** A detector of the configured words. */
    public SignalDetector(List<String> dangerWords, List<String> helpWords) {
        this.dangerWords = phrases(dangerWords);
        this.helpWords = phrases(helpWords);
    }

    /** The detector of the desk's configuration. */
    public static SignalDetector of(SafetyDeskConfig config) {
        return new SignalDetector(config.dangerWords().all(), config.helpWords().all());
    }

    /** The signals of a check, whatever its kind. */
    public Set<CaseSignal> signals(SafetyCheck check) {
        return switch (check.kind()) {
            case RATING -> ofRating(check.overall(), check.moneyAsked(), check.text());
            case MESSAGE -> ofMessage(check.text());
            case CALLBACK -> EnumSet.of(CaseSignal.CALLBACK_REQUESTED);
        };
    }

    /**
     * The signals of a rating: money or a favour asked, the lowest overall answer with a comment,
     * danger words in the comment.
     */
    public Set<CaseSignal> ofRating(Integer overall, Boolean moneyAsked, String comment) {
        Set<CaseSignal> found = EnumSet.noneOf(CaseSignal.class);
        if (Boolean.TRUE.equals(moneyAsked)) {
            found.add(CaseSignal.MONEY_ASKED);
        }
        List<String> words = words(comment);
        if (overall != null && overall == 1 && !words.isEmpty()) {
            found.add(CaseSignal.LOWEST_RATING_WITH_COMMENT);
        }
        if (containsAny(words, dangerWords)) {
            found.add(CaseSignal.DANGER_WORDS);
        }
        return found;
    }

    /**
     * The signals of a message that is not a rating: a help word opening it (HELP ME, or a local
     * word for help), danger words anywhere in it.
     */
    public Set<CaseSignal> ofMessage(String text) {
        Set<CaseSignal> found = EnumSet.noneOf(CaseSignal.class);
        List<String> words = words(text);
        if (helpWords.stream().anyMatch(phrase -> matchesAt(words, 0, phrase))) {
            found.add(CaseSignal.HELP_REQUESTED);
        }
        if (containsAny(words, dangerWords)) {
            found.add(CaseSignal.DANGER_WORDS);
        }
        return found;
    }

    /** Whether the message opens with a help word: what the SMS grammar asks before HELP. */
    public boolean asksForHelp(String text) {
        return ofMessage(text).contains(CaseSignal.HELP_REQUESTED);
    }

    /** The words of a text as the detector compares them; empty for null or blank text. */
    static List<String> words(String text) {
        String cleaned = SurvivorText.clean(text, SurvivorText.MAX_LENGTH).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        cleaned.codePoints()
                .forEach(
                        cp -> {
                            if (cp == 0x200C || cp == 0x200D) {
                                return;
                            }
                            if (isWordPart(cp)) {
                                word.appendCodePoint(cp);
                            } else if (!word.isEmpty()) {
                                words.add(word.toString());
                                word.setLength(0);
                            }
                        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static List<List<String>> phrases(List<String> entries) {
        return entries.stream().map(SignalDetector::words).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean containsAny(List<String> words, List<List<String>> phrases) {
        for (int at = 0; at < words.size(); at++) {
            for (List<String> phrase : phrases) {
                if (matchesAt(words, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        int last = phrase.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!words.get(at + i).equals(phrase.get(i))) {
                return false;
            }
        }
        return words.get(at + last).startsWith(phrase.get(last));
    }
}
