package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The detector over generated ratings and messages (issue 17's acceptance): it never throws, and a
 * case-worthy signal is found exactly when one is present. The oracle does not ask the detector: a
 * text is built from words the generator knows (the configured danger and help entries, a benign
 * vocabulary in the four languages checked to start with no configured entry, numbers in the four
 * scripts, emoji), joined by separators it knows, with zero-width characters, bidi controls and
 * lone surrogates inserted anywhere; it expects a signal exactly when it placed a configured entry.
 */
class SignalDetectorPropertiesTest {

    private static final SafetyDeskConfig CONFIG = SafetyDeskDefaults.config();
    private static final List<String> DANGER = CONFIG.dangerWords().all();
    private static final List<String> HELP = CONFIG.helpWords().all();

    /** Ordinary words of survivors' feedback, in the four languages, none opening an entry. */
    static final List<String> BENIGN =
            List.of(
                    "the",
                    "doctor",
                    "was",
                    "very",
                    "kind",
                    "nurse",
                    "listened",
                    "they",
                    "gave",
                    "medicine",
                    "waited",
                    "long",
                    "rude",
                    "clean",
                    "room",
                    "food",
                    "good",
                    "late",
                    "queue",
                    "lawyer",
                    "court",
                    "polite",
                    "thanks",
                    "paper",
                    "bus",
                    "threw",
                    "skill",
                    "dangle",
                    "डॉक्टर",
                    "अच्छे",
                    "थे",
                    "बहुत",
                    "की",
                    "इंतज़ार",
                    "लंबा",
                    "साफ़",
                    "कमरा",
                    "खाना",
                    "दवाई",
                    "बेचारी",
                    "ज़बरदस्त",
                    "धन्यवाद",
                    "वकील",
                    "अदालत",
                    "नर्स",
                    "हमारा",
                    "पुलिस",
                    "ডাক্তার",
                    "ভালো",
                    "ব্যবহার",
                    "অনেক",
                    "অপেক্ষা",
                    "পরিষ্কার",
                    "খাবার",
                    "ওষুধ",
                    "ধন্যবাদ",
                    "উকিল",
                    "আদালত",
                    "নার্স",
                    "দেরি",
                    "ঘর",
                    "ভয়হীন",
                    "డాక్టర్",
                    "మంచి",
                    "చాలా",
                    "చేశారు",
                    "అమ్మ",
                    "ఆలస్యం",
                    "శుభ్రంగా",
                    "భోజనం",
                    "మందులు",
                    "ధన్యవాదాలు",
                    "లాయరు",
                    "కోర్టు",
                    "నర్సు",
                    "బాగుంది");

    private static final List<String> EMOJI =
            List.of(
                    "😡",
                    "🙏",
                    "😭",
                    "👍🏽",
                    "👩🏾‍⚕️",
                    "👨‍👩‍👧",
                    "❤️",
                    "🏳️‍🌈",
                    "🇮🇳",
                    "🤲🏿",
                    "☹️",
                    "🧕🏻",
                    "#️⃣");

    /** Keycaps of digits: the digit, U+FE0F and an enclosing mark, so a number of one digit. */
    private static final List<String> KEYCAPS = List.of("1️⃣", "5️⃣", "0️⃣");

    private static final List<String> PUNCTUATION =
            List.of(
                    " ", "  ", "\n", "\t", ", ", ". ", "! ", "?", " - ", "…", "\"", " (", ") ",
                    "।");

    /** Spaces between the words of one entry. */
    private static final List<String> PHRASE_SPACES = List.of(" ", "  ", "\n", " \t ");

    /** Characters nobody sees, inserted anywhere (lone surrogates too). */
    private static final List<Integer> NOISE =
            List.of(
                    0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
                    0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0x00AD, 0xD83D, 0xDE00,
                    0xDBFF, 0xDC00);

    private static final int[] DIGIT_ZEROS = {'0', 0x0966, 0x09E6, 0x0C66};

    private final SignalDetector detector = SignalDetector.of(CONFIG);

    /** A piece of generated text and what the generator knows about it. */
    record Piece(String text, boolean danger, boolean help, boolean content, boolean word) {
        static Piece separator(String text, boolean content, boolean word) {
            return new Piece(text, false, false, content, word);
        }
    }

    /** A generated text and the signals placed in it. */
    record Sample(String text, boolean danger, boolean help, boolean content) {}

    /**
     * No benign word can take part in a match: none is a word of an entry, none starts with an
     * entry word of three letters or more (shorter ones match only themselves).
     */
    @Example
    void theBenignVocabularySharesNoPrefixWithAConfiguredWord() {
        List<String> entryWords =
                Stream.concat(DANGER.stream(), HELP.stream())
                        .flatMap(entry -> words(entry).stream())
                        .toList();
        assertThat(DANGER).hasSizeGreaterThan(40);
        assertThat(BENIGN)
                .filteredOn(word -> entryWords.stream().anyMatch(e -> canMatch(plain(word), e)))
                .isEmpty();
    }

    @Property(tries = 600)
    void aRatingSignalsExactlyWhatWasPlaced(
            @ForAll("ratingTexts") Sample comment,
            @ForAll("overalls") Integer overall,
            @ForAll("moneyAnswers") Boolean moneyAsked) {
        Assume.that(comment.text().length() <= SignalDetector.MAX_TEXT);
        Set<CaseSignal> expected = EnumSet.noneOf(CaseSignal.class);
        if (Boolean.TRUE.equals(moneyAsked)) {
            expected.add(CaseSignal.MONEY_ASKED);
        }
        if (overall != null && overall == 1 && comment.content()) {
            expected.add(CaseSignal.LOWEST_RATING_WITH_COMMENT);
        }
        if (comment.danger()) {
            expected.add(CaseSignal.DANGER_WORDS);
        }

        assertThat(detector.ofRating(overall, moneyAsked, comment.text())).isEqualTo(expected);
        SafetyCheck check =
                SafetyCheck.ofRating(
                        1, CaseChannel.WEB, "bn", null, 2, overall, moneyAsked, comment.text());
        assertThat(detector.signals(check)).isEqualTo(expected);
    }

    @Property(tries = 600)
    void aMessageSignalsExactlyWhatWasPlaced(@ForAll("messageTexts") Sample message) {
        Assume.that(message.text().length() <= SignalDetector.MAX_TEXT);
        Set<CaseSignal> expected = EnumSet.noneOf(CaseSignal.class);
        if (message.help()) {
            expected.add(CaseSignal.HELP_REQUESTED);
        }
        if (message.danger()) {
            expected.add(CaseSignal.DANGER_WORDS);
        }

        assertThat(detector.ofMessage(message.text())).isEqualTo(expected);
        assertThat(detector.asksForHelp(message.text())).isEqualTo(message.help());
        SafetyCheck check =
                SafetyCheck.ofMessage("sms:1", CaseChannel.SMS, "te", null, message.text());
        assertThat(detector.signals(check)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void neverThrowsOnAnyText(
            @ForAll("anyText") String text,
            @ForAll("overalls") Integer overall,
            @ForAll("moneyAnswers") Boolean moneyAsked) {
        assertThatCode(
                        () -> {
                            detector.ofRating(overall, moneyAsked, text);
                            detector.ofMessage(text);
                            detector.asksForHelp(text);
                        })
                .doesNotThrowAnyException();
    }

    @Example
    void aTextFarLongerThanAnyCommentIsReadUpToItsBoundWithoutFailing() {
        String entry = DANGER.get(0);
        String huge = entry + " " + "बहुत अच्छे 👩🏾‍⚕️ ".repeat(20_000);

        assertThat(detector.ofRating(3, false, huge)).containsExactly(CaseSignal.DANGER_WORDS);
        assertThat(detector.ofMessage("\uD800".repeat(100_000))).isEmpty();
        assertThat(detector.ofRating(1, null, "")).isEmpty();
        assertThat(detector.ofRating(1, null, null)).isEmpty();
        assertThat(detector.ofRating(1, null, " \u200B\u2060\uFEFF\u202E ,. "))
                .as("invisible characters and punctuation are no comment")
                .isEmpty();
        assertThat(detector.ofRating(1, null, "😡"))
                .containsExactly(CaseSignal.LOWEST_RATING_WITH_COMMENT);
    }

    @Provide
    Arbitrary<Integer> overalls() {
        return Arbitraries.integers().between(1, 5).injectNull(0.15);
    }

    @Provide
    Arbitrary<Boolean> moneyAnswers() {
        return Arbitraries.of(true, false).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().all().ofMinLength(5_000).ofMaxLength(20_000),
                ratingTexts().map(Sample::text),
                Arbitraries.strings()
                        .withCharRange('\u0900', '\u0C7F')
                        .withChars('\u200B', '\u200D', '\uFE0F', '\u20E3', '\uD83D', '\uDE00')
                        .ofMaxLength(2_000));
    }

    @Provide
    Arbitrary<Sample> ratingTexts() {
        Arbitrary<List<List<Piece>>> tokens =
                Arbitraries.oneOf(
                        pairs(false).list().ofMaxSize(12),
                        pairs(true).list().ofMaxSize(12),
                        pairs(true).list().ofMinSize(150).ofMaxSize(300));
        return Combinators.combine(tokens, trailing(), noise())
                .as(
                        (pairs, end, noise) -> {
                            List<Piece> all = new ArrayList<>();
                            pairs.forEach(all::addAll);
                            return sample(all, end, noise);
                        });
    }

    @Provide
    Arbitrary<Sample> messageTexts() {
        Arbitrary<List<Piece>> opening = Combinators.combine(leading(), entry(HELP)).as(List::of);
        Arbitrary<List<Piece>> noOpening = leading().map(List::of);
        Arbitrary<List<List<Piece>>> rest =
                Arbitraries.oneOf(
                        pairs(false).list().ofMaxSize(10), pairs(true).list().ofMaxSize(10));
        return Combinators.combine(Arbitraries.oneOf(opening, noOpening), rest, trailing(), noise())
                .as(
                        (open, pairs, end, noise) -> {
                            List<Piece> all = new ArrayList<>(open);
                            pairs.forEach(all::addAll);
                            return sample(all, end, noise);
                        });
    }

    /** A separator and a word: benign words mostly, with entries when {@code withEntries}. */
    private Arbitrary<List<Piece>> pairs(boolean withEntries) {
        Arbitrary<Piece> word =
                withEntries
                        ? Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(8, benign()),
                                net.jqwik.api.Tuple.of(2, numberOrEmoji()),
                                net.jqwik.api.Tuple.of(1, entry(DANGER)),
                                net.jqwik.api.Tuple.of(1, entry(HELP)))
                        : Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(8, benign()),
                                net.jqwik.api.Tuple.of(2, numberOrEmoji()));
        return Combinators.combine(between(), word).as(List::of);
    }

    private Arbitrary<Piece> benign() {
        return Combinators.combine(Arbitraries.of(BENIGN), letterCase())
                .as((w, c) -> new Piece(c.apply(w), false, false, true, true));
    }

    /**
     * An entry as a survivor may write it: any case, NFC or not, spaced, inflected when its last
     * word is long enough to match as a start. Whether it is a danger or help signal is worked out
     * from the entry's own words (a help entry may also be a danger entry, {@code madad karo} opens
     * with the help word {@code madad}).
     */
    private Arbitrary<Piece> entry(List<String> entries) {
        Arbitrary<String> suffix =
                Arbitraries.of("", "", "ed", "ing", "ने", "कर", "কে", "রা", "లు", "ను");
        return Combinators.combine(
                        Arbitraries.of(entries),
                        Arbitraries.of(PHRASE_SPACES),
                        letterCase(),
                        suffix,
                        Arbitraries.of(Normalizer.Form.NFC, Normalizer.Form.NFD))
                .as(
                        (entry, space, c, end, form) -> {
                            List<String> written = new ArrayList<>(words(entry));
                            int last = written.size() - 1;
                            if (letters(written.get(last)) >= 3) {
                                written.set(last, written.get(last) + end);
                            }
                            String text = String.join(space, entry.trim().split(" +"));
                            if (letters(words(entry).get(last)) >= 3) {
                                text = text + end;
                            }
                            text = Normalizer.normalize(c.apply(text), form);
                            return new Piece(
                                    text,
                                    anyMatch(written, DANGER, false),
                                    anyMatch(written, HELP, true),
                                    true,
                                    true);
                        });
    }

    private Arbitrary<Piece> numberOrEmoji() {
        Arbitrary<Piece> number =
                Combinators.combine(
                                Arbitraries.integers().between(0, 3),
                                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6))
                        .as(
                                (script, digits) -> {
                                    StringBuilder b = new StringBuilder();
                                    digits.chars()
                                            .forEach(
                                                    d ->
                                                            b.appendCodePoint(
                                                                    DIGIT_ZEROS[script] + d - '0'));
                                    return new Piece(b.toString(), false, false, true, true);
                                });
        Arbitrary<Piece> emoji =
                Arbitraries.of(EMOJI).map(e -> new Piece(e, false, false, true, false));
        return Arbitraries.oneOf(number, emoji);
    }

    /** What comes between two words: spaces and punctuation, emoji, keycaps. */
    private Arbitrary<Piece> between() {
        return Arbitraries.oneOf(
                Arbitraries.of(PUNCTUATION).map(p -> Piece.separator(p, false, false)),
                Arbitraries.of(EMOJI).map(e -> Piece.separator(e, true, false)),
                Arbitraries.of(KEYCAPS).map(k -> Piece.separator(" " + k, true, true)));
    }

    /** What may come before the first word of a message: no digit, so no word. */
    private Arbitrary<Piece> leading() {
        return Arbitraries.oneOf(
                Arbitraries.just(Piece.separator("", false, false)),
                Arbitraries.of(PUNCTUATION).map(p -> Piece.separator(p, false, false)),
                Arbitraries.of(EMOJI).map(e -> Piece.separator(e, true, false)));
    }

    private Arbitrary<Piece> trailing() {
        return Arbitraries.of(" ", "", "!!", " 🙏", "\n")
                .map(t -> Piece.separator(t, t.contains("🙏"), false));
    }

    /** Invisible code points and where they go (one at most between two code points). */
    private Arbitrary<List<int[]>> noise() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100_000), Arbitraries.of(NOISE))
                .as((at, cp) -> new int[] {at, cp})
                .list()
                .ofMaxSize(12);
    }

    private static Sample sample(List<Piece> pieces, Piece end, List<int[]> noise) {
        List<Piece> all = new ArrayList<>(pieces);
        all.add(end);
        StringBuilder text = new StringBuilder();
        all.forEach(p -> text.append(p.text()));
        boolean danger = all.stream().anyMatch(Piece::danger);
        boolean content = all.stream().anyMatch(Piece::content);
        boolean help = all.stream().filter(Piece::word).findFirst().map(Piece::help).orElse(false);
        return new Sample(withNoise(text.toString(), noise), danger, help, content);
    }

    /**
     * The text with each noise code point inserted between two of its code points, one per gap at
     * most, so that two lone surrogates never meet to form a character.
     */
    private static String withNoise(String text, List<int[]> noise) {
        int[] cps = text.codePoints().toArray();
        String[] before = new String[cps.length + 1];
        for (int[] n : noise) {
            int gap = n[0] % (cps.length + 1);
            if (before[gap] == null) {
                before[gap] = String.valueOf((char) n[1]);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= cps.length; i++) {
            if (before[i] != null) {
                out.append(before[i]);
            }
            if (i < cps.length) {
                out.appendCodePoint(cps[i]);
            }
        }
        return out.toString();
    }

    private Arbitrary<java.util.function.UnaryOperator<String>> letterCase() {
        return Arbitraries.of(
                s -> s,
                s -> s.toUpperCase(Locale.ROOT),
                s -> s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1));
    }

    /**
     * The documented rule, on words the generator wrote: an entry matches where its words follow in
     * order, the last matching the start of a written word when it has three letters or more. Only
     * at the first word when {@code atStart}.
     */
    private static boolean anyMatch(List<String> written, List<String> entries, boolean atStart) {
        int starts = atStart ? 1 : written.size();
        for (int at = 0; at < starts; at++) {
            for (String entry : entries) {
                List<String> wanted = words(entry);
                if (at + wanted.size() > written.size()) {
                    continue;
                }
                boolean match = true;
                for (int i = 0; i < wanted.size() && match; i++) {
                    String word = plain(written.get(at + i));
                    match =
                            i == wanted.size() - 1
                                    ? canMatch(word, wanted.get(i))
                                    : word.equals(wanted.get(i));
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean canMatch(String word, String entryWord) {
        return letters(entryWord) >= 3 ? word.startsWith(entryWord) : word.equals(entryWord);
    }

    private static List<String> words(String entry) {
        return List.of(plain(entry).split(" +"));
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetter).count();
    }

    /** The oracle's own comparison form: NFC, lower case, without the Devanagari nukta. */
    private static String plain(String text) {
        String decomposed =
                Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replace("\u093C", "");
        return Normalizer.normalize(decomposed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
