package org.survivorvoice.safetydesk;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.survivorvoice.common.i18n.SurvivorText;

/**
 * Finds the signals of danger in a rating or a message: the one place that decides whether a case
 * opens. Pure and total: any text, in any script, with emoji or invisible characters, gives a set
 * of signals and never an exception.
 *
 * <p>Text and words are compared alike: cleaned as survivors' text always is ({@link
 * SurvivorText}), without zero-width joiners, variation selectors and the Devanagari nukta (Hindi
 * is written with and without it: ज़बरदस्ती and जबरदस्ती are one word), NFC again (an invisible
 * character removed may leave a vowel sign that composes), in lower case, split into words: runs of
 * letters with their marks (Indic vowel signs are marks), or runs of digits. A configured entry's
 * last word matches the start of a written word ({@code threat} finds "threatened"), unless it has
 * fewer than three letters ({@code me}, {@code लो}: pronouns and particles match only themselves,
 * so {@code help me} does not find "help mentally ill women"); its other words match whole words,
 * in order.
 */
public final class SignalDetector {

    /**
     * Longest text looked at, in UTF-16 units: more than a stored comment (2,000) or an SMS (1,600)
     * can hold, so a word at the end of the longest comment is still found, while a huge input
     * costs no more than this.
     */
    static final int MAX_TEXT = 4000;

    private static final int NONE = 0;
    private static final int LETTERS = 1;
    private static final int DIGITS = 2;
    private static final int DEVANAGARI_NUKTA = 0x093C;

    /** The danger entries by the first code point of their first word: a word meets only these. */
    private final Map<Integer, List<Phrase>> dangerWords;

    private final List<Phrase> helpWords;

    /** A detector of the configured words. */
    public SignalDetector(List<String> dangerWords, List<String> helpWords) {
        this.dangerWords =
                phrases(dangerWords).stream()
                        .collect(Collectors.groupingBy(Phrase::first, Collectors.toList()));
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
     * The signals of a rating: money or a favour asked, the lowest overall answer with a comment
     * (any word, number or emoji: "😡" alone is something she said; blanks and punctuation are
     * not), danger words in the comment.
     */
    public Set<CaseSignal> ofRating(Integer overall, Boolean moneyAsked, String comment) {
        Set<CaseSignal> found = EnumSet.noneOf(CaseSignal.class);
        if (Boolean.TRUE.equals(moneyAsked)) {
            found.add(CaseSignal.MONEY_ASKED);
        }
        List<String> words = words(comment);
        if (overall != null && overall == 1 && (!words.isEmpty() || hasSymbol(comment))) {
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
        String cleaned = comparable(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] kind = {NONE};
        cleaned.codePoints()
                .forEach(
                        cp -> {
                            int next = kindOf(cp, kind[0]);
                            if (next != kind[0] && !word.isEmpty()) {
                                words.add(word.toString());
                                word.setLength(0);
                            }
                            if (next != NONE) {
                                word.appendCodePoint(cp);
                            }
                            kind[0] = next;
                        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The text cleaned, decomposed, without the characters that do not change a word, composed
     * again (NFC) and in lower case.
     */
    private static String comparable(String text) {
        String cleaned =
                Normalizer.normalize(SurvivorText.clean(text, MAX_TEXT), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(cleaned.length());
        cleaned.codePoints().filter(cp -> !isIgnorable(cp)).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Zero-width (non-)joiners, the combining grapheme joiner and variation selectors (the
     * invisible U+FE0F that follows many emoji) change how a word looks, never which word it is.
     */
    private static boolean isIgnorable(int cp) {
        return cp == 0x200C
                || cp == 0x200D
                || cp == 0x034F
                || cp == DEVANAGARI_NUKTA
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x180B && cp <= 0x180F);
    }

    /**
     * What the code point is part of, after one of kind {@code before}: letters (a mark belongs to
     * the letters it follows; enclosing marks such as the keycap of 1️⃣ belong to no word), digits,
     * or nothing.
     */
    private static int kindOf(int cp, int before) {
        if (Character.isDigit(cp)) {
            return DIGITS;
        }
        if (Character.isLetter(cp)) {
            return LETTERS;
        }
        int type = Character.getType(cp);
        boolean mark =
                type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        return mark && before == LETTERS ? LETTERS : NONE;
    }

    /** Whether the text holds a symbol such as an emoji (a keycap such as #️⃣ included). */
    private static boolean hasSymbol(String text) {
        return comparable(text)
                .codePoints()
                .map(Character::getType)
                .anyMatch(t -> t == Character.OTHER_SYMBOL || t == Character.ENCLOSING_MARK);
    }

    /** How many letters the word has (marks, such as Indic vowel signs, are not letters). */
    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetter).count();
    }

    /**
     * A configured entry as words; its last word matches the start of a written word unless it is
     * shorter than three letters, when it must match whole (decided once, not per comparison).
     */
    private record Phrase(List<String> words, boolean lastWhole) {

        static Phrase of(List<String> words) {
            return new Phrase(words, letters(words.get(words.size() - 1)) < 3);
        }

        int first() {
            return words.get(0).codePointAt(0);
        }
    }

    private static List<Phrase> phrases(List<String> entries) {
        return entries.stream()
                .map(SignalDetector::words)
                .filter(w -> !w.isEmpty())
                .map(Phrase::of)
                .toList();
    }

    private static boolean containsAny(List<String> words, Map<Integer, List<Phrase>> phrases) {
        for (int at = 0; at < words.size(); at++) {
            List<Phrase> candidates = phrases.get(words.get(at).codePointAt(0));
            if (candidates == null) {
                continue;
            }
            for (Phrase phrase : candidates) {
                if (matchesAt(words, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> words, int at, Phrase phrase) {
        List<String> wanted = phrase.words();
        if (at + wanted.size() > words.size()) {
            return false;
        }
        int last = wanted.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!words.get(at + i).equals(wanted.get(i))) {
                return false;
            }
        }
        String written = words.get(at + last);
        return phrase.lastWhole()
                ? written.equals(wanted.get(last))
                : written.startsWith(wanted.get(last));
    }
}
