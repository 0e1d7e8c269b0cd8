package org.survivorvoice.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes names, numbers and places from a comment before it reaches any report (design/SCORING.md,
 * disclosure control): a survivor may name the officer who helped her, her village or her phone
 * number, and any of those can point back to her. Over-redaction is accepted; a missed name is not.
 *
 * <ul>
 *   <li>numbers: every run of digits in any script (Latin, Devanagari, Bengali, Telugu...), with
 *       the spaces, dots and dashes inside it, becomes {@link #NUMBER};
 *   <li>places and provider names the programme knows (given as a dictionary) become {@link #PLACE}
 *       and {@link #NAME}, matched word by word, ignoring case;
 *   <li>an honorific (Mr, Mrs, Shri, Smt, Dr, Sri, Kumari, श्री, श्रीमती, শ্রী, శ్రీ...) with the
 *       words after it, and a word followed by "ji" or "garu", become {@link #NAME};
 *   <li>capitalised Latin words are taken for person names, also where they open a sentence, except
 *       a list of common words (I, The, Police, Hospital...): "Anita came" loses the name, "Went
 *       there" loses "Went" too, which is the accepted cost.
 * </ul>
 *
 * Pure: no CDI, no database; build one per report with the programme's dictionary.
 */
public final class CommentRedaction {

    /** What a removed person or provider name becomes. */
    public static final String NAME = "[name]";

    /** What a removed place becomes. */
    public static final String PLACE = "[place]";

    /** What a removed number becomes. */
    public static final String NUMBER = "[number]";

    /** Digits of any script, with separators a phone or case number is written with. */
    private static final Pattern NUMBERS =
            Pattern.compile("\\+?[\\p{Nd}\\p{No}](?:[\\s.,/()+-]*[\\p{Nd}\\p{No}])*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** Words of dictionary phrases, which may hold digits ("North 24 Parganas"). */
    private static final Pattern PHRASE_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

    /** Honorifics before a name, in English transliteration and in Hindi, Bengali and Telugu. */
    private static final Set<String> HONORIFICS =
            Set.of(
                    "mr",
                    "mrs",
                    "ms",
                    "miss",
                    "dr",
                    "shri",
                    "sri",
                    "shree",
                    "smt",
                    "shrimati",
                    "srimati",
                    "kumari",
                    "km",
                    "sahib",
                    "saheb",
                    "babu",
                    "baba",
                    "bibi",
                    "begum",
                    "श्री",
                    "श्रीमती",
                    "श्रीमान",
                    "डॉ",
                    "कुमारी",
                    "শ্রী",
                    "শ্রীমতী",
                    "ডাঃ",
                    "శ్రీ",
                    "శ్రీమతి",
                    "డా");

    /** Words after a name that mark it as one: "Ramesh ji", "Lakshmi garu". */
    private static final Set<String> NAME_SUFFIXES =
            Set.of("ji", "jee", "garu", "babu", "da", "di", "जी", "জি", "గారు");

    /** Capitalised words that are not names, kept even mid-sentence. */
    private static final Set<String> COMMON_WORDS =
            Set.of(
                    "i",
                    "police",
                    "thana",
                    "station",
                    "hospital",
                    "doctor",
                    "court",
                    "sir",
                    "madam",
                    "officer",
                    "lawyer",
                    "panchayat",
                    "block",
                    "office",
                    "government",
                    "aadhaar",
                    "ration",
                    "card",
                    "bank",
                    "scheme",
                    "ngo",
                    "fir",
                    "ok",
                    "thank",
                    "thanks",
                    "please",
                    "the",
                    "they",
                    "she",
                    "he",
                    "we",
                    "my",
                    "it",
                    "not",
                    "no",
                    "yes",
                    "very",
                    "good",
                    "bad");

    private final Map<String, List<Entry>> dictionary = new HashMap<>();

    /**
     * @param places names of the programme's areas (states, districts, blocks, panchayats)
     * @param names provider names and any other names the programme knows
     */
    public CommentRedaction(Collection<String> places, Collection<String> names) {
        places.forEach(p -> add(p, PLACE));
        names.forEach(n -> add(n, NAME));
        // the longest phrase wins where two start with the same word
        dictionary
                .values()
                .forEach(
                        l ->
                                l.sort(
                                        Comparator.comparingInt((Entry e) -> e.words.size())
                                                .reversed()));
    }

    /** The comment with names, numbers and places replaced; null stays null. */
    public String redact(String comment) {
        if (comment == null) {
            return null;
        }
        String text = Normalizer.normalize(comment, Normalizer.Form.NFC);
        // known names first, while the digits some place names hold are still there
        List<Span> phraseWords = words(text, PHRASE_WORD);
        String[] known = new String[phraseWords.size()];
        boolean[] knownRemoved = new boolean[phraseWords.size()];
        markDictionary(phraseWords, known, knownRemoved);
        text = rebuild(text, phraseWords, known, knownRemoved);
        text = NUMBERS.matcher(text).replaceAll(Matcher.quoteReplacement(NUMBER));
        List<Span> words = words(text, WORD);
        String[] replacement = new String[words.size()];
        boolean[] removed = new boolean[words.size()];
        markHonorifics(text, words, replacement, removed);
        markCapitalised(text, words, replacement, removed);
        return rebuild(text, words, replacement, removed);
    }

    private void add(String phrase, String placeholder) {
        List<String> words = new ArrayList<>();
        Matcher m = PHRASE_WORD.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFC));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (!words.isEmpty()) {
            dictionary
                    .computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Entry(words, placeholder));
        }
    }

    private void markDictionary(List<Span> words, String[] replacement, boolean[] removed) {
        for (int i = 0; i < words.size(); i++) {
            List<Entry> entries = dictionary.get(words.get(i).lower);
            if (entries == null || removed[i]) {
                continue;
            }
            for (Entry e : entries) {
                if (matches(words, i, e.words)) {
                    replacement[i] = e.placeholder;
                    for (int k = 0; k < e.words.size(); k++) {
                        removed[i + k] = true;
                    }
                    i += e.words.size() - 1;
                    break;
                }
            }
        }
    }

    private static boolean matches(List<Span> words, int from, List<String> phrase) {
        if (from + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(from + k).lower.equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static void markHonorifics(
            String text, List<Span> words, String[] replacement, boolean[] removed) {
        for (int i = 0; i < words.size(); i++) {
            Span w = words.get(i);
            if (HONORIFICS.contains(w.lower) && i + 1 < words.size() && !removed[i + 1]) {
                // the honorific and the name after it, with a second name word if capitalised
                replacement[i] = NAME;
                removed[i] = true;
                removed[i + 1] = true;
                int next = i + 2;
                while (next < words.size()
                        && isCapitalised(words.get(next).text)
                        && adjacent(text, words.get(next - 1), words.get(next))) {
                    removed[next++] = true;
                }
                i = next - 1;
            } else if (NAME_SUFFIXES.contains(w.lower) && i > 0 && !removed[i - 1]) {
                replacement[i - 1] = NAME;
                removed[i - 1] = true;
                removed[i] = true;
            }
        }
    }

    private static void markCapitalised(
            String text, List<Span> words, String[] replacement, boolean[] removed) {
        for (int i = 0; i < words.size(); i++) {
            Span w = words.get(i);
            if (removed[i] || !isCapitalised(w.text) || COMMON_WORDS.contains(w.lower)) {
                continue;
            }
            int end = i;
            while (end + 1 < words.size()
                    && !removed[end + 1]
                    && isCapitalised(words.get(end + 1).text)
                    && !COMMON_WORDS.contains(words.get(end + 1).lower)
                    && adjacent(text, words.get(end), words.get(end + 1))) {
                end++;
            }
            replacement[i] = NAME;
            for (int k = i; k <= end; k++) {
                removed[k] = true;
            }
            i = end;
        }
    }

    private static String rebuild(
            String text, List<Span> words, String[] replacement, boolean[] removed) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!removed[i]) {
                continue;
            }
            Span w = words.get(i);
            if (replacement[i] != null) {
                out.append(text, at, w.start).append(replacement[i]);
                at = w.end;
            } else {
                // a later word of a removed phrase: drop it with what separates it from the
                // phrase
                at = w.end;
            }
        }
        out.append(text.substring(at));
        return out.toString();
    }

    private static List<Span> words(String text, Pattern word) {
        List<Span> words = new ArrayList<>();
        Matcher m = word.matcher(text);
        while (m.find()) {
            words.add(new Span(m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static boolean isCapitalised(String word) {
        return word.length() > 1
                && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    /** Two words separated only by spaces (or a dot after an initial): one name. */
    private static boolean adjacent(String text, Span a, Span b) {
        return text.substring(a.end, b.start).matches("\\.?\\s+");
    }

    private record Span(int start, int end, String text, String lower) {}

    private record Entry(List<String> words, String placeholder) {}
}
