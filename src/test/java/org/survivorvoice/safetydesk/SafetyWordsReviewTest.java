package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped danger and help words reviewed as the SMS templates are ({@code TemplateLint}): every
 * language has words, each in its own script, NFC, without invisible characters, no two alike once
 * the detector has normalised them, none shorter than three letters (a vowel sign counts); benign
 * feedback in the four languages opens no case and danger sentences do.
 */
class SafetyWordsReviewTest {

    private static final SafetyDeskConfig CONFIG = SafetyDeskDefaults.config();
    private final SignalDetector detector = SignalDetector.of(CONFIG);

    @Test
    void everyListIsInItsOwnScriptNfcVisibleAndLongEnough() {
        List<String> problems = new ArrayList<>();
        lists().forEach(
                        (name, entries) -> {
                            if (entries.isEmpty()) {
                                problems.add(name + " : empty");
                            }
                            UnicodeScript script = scriptOf(name);
                            for (String entry : entries) {
                                problems.addAll(review(name, entry, script));
                            }
                        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noTwoEntriesAreAlikeOnceNormalised() {
        lists().forEach(
                        (name, entries) -> {
                            Set<List<String>> seen = new HashSet<>();
                            for (String entry : entries) {
                                assertThat(seen.add(SignalDetector.words(entry)))
                                        .as(name + " repeats " + entry)
                                        .isTrue();
                            }
                        });
    }

    @Test
    void theReviewFlagsWhatItMust() {
        assertThat(review("hi", "धमकी", UnicodeScript.DEVANAGARI)).isEmpty();
        assertThat(review("hi", "threat", UnicodeScript.DEVANAGARI)).hasSize(1);
        assertThat(review("bn", "হু\u200Bমকি", UnicodeScript.BENGALI)).hasSize(1);
        assertThat(
                        review(
                                "bn",
                                Normalizer.normalize("জোর", Normalizer.Form.NFD),
                                UnicodeScript.BENGALI))
                .anyMatch(p -> p.contains("NFC"));
        assertThat(review("en", "me", UnicodeScript.LATIN)).anyMatch(p -> p.contains("short"));
        assertThat(review("te", "భయం", UnicodeScript.TELUGU)).isEmpty();
    }

    @Test
    void benignFeedbackInFourLanguagesOpensNoCase() {
        List<String> benign =
                List.of(
                        "the doctor was kind",
                        "They helped me a lot",
                        "We waited long, the clerk was rude",
                        "The nurse was not kind and the room was dirty",
                        "They help mentally ill women here",
                        "The chemist sold medicines at double price",
                        "I had pimples, the doctor gave cream",
                        "Good lawyer, the court date was late",
                        "बहुत मदद की",
                        "बेचारी को बहुत इंतज़ार करना पड़ा",
                        "डॉक्टर ज़बरदस्त थे, नर्स अच्छी थी",
                        "हमारा काम जल्दी हो गया, धन्यवाद",
                        "मार्च में सुनवाई हुई, वकील ने अच्छे से समझाया",
                        "ভালো ব্যবহার করেছে",
                        "অনেক অপেক্ষা করতে হয়েছে, কর্মচারী অভদ্র",
                        "ভয় পাইনি, ওরা পাশে ছিল",
                        "ওষুধ বাইরে থেকে কিনতে হয়েছে",
                        "చాలా సహాయం చేశారు",
                        "అమ్మ తో వెళ్ళాను, డాక్టర్ మంచిగా మాట్లాడారు",
                        "చాలా ఆలస్యం అయింది, సిబ్బంది మర్యాదగా లేరు",
                        "రోడ్డు ప్రమాదం తర్వాత బాగా చూసుకున్నారు",
                        "భయం లేకుండా మాట్లాడగలిగాను",
                        "నన్ను బాగా కాపాడుకున్నారు");
        for (String comment : benign) {
            assertThat(detector.ofRating(2, false, comment)).as(comment).isEmpty();
            assertThat(detector.ofMessage(comment)).as(comment).isEmpty();
        }
    }

    @Test
    void dangerSentencesInFourLanguagesOpenACase() {
        List<String> danger =
                List.of(
                        "He threatened to beat me if I complain",
                        "They sold me to a man in Pune",
                        "The agent forced me to go with him",
                        "please help me, he is back",
                        "I am scared, call me back",
                        "the officer asked for sex",
                        "उसने मुझे जान से मारने की धमकी दी",
                        "दलाल ने मुझे बेच दिया",
                        "मुझे ज़बरदस्ती वापस भेज दिया",
                        "मुझे डर लग रहा है, मदद चाहिए",
                        "ওরা আমাকে হুমকি দিয়েছে",
                        "আমাকে মারধর করেছে",
                        "আমাকে বিক্রি করে দিয়েছে",
                        "জোর করে আটকে রেখেছিল",
                        "আমি বিপদে আছি, সাহায্য চাই",
                        "వాళ్లు నన్ను బెదిరించారు",
                        "అతను నన్ను కొట్టాడు",
                        "నన్ను అమ్మేశారు",
                        "బలవంతంగా పని చేయించారు",
                        "నేను ప్రమాదంలో ఉన్నాను, సహాయం కావాలి");
        for (String comment : danger) {
            assertThat(detector.ofRating(4, false, comment))
                    .as(comment)
                    .contains(CaseSignal.DANGER_WORDS);
        }
        assertThat(detector.ofMessage("সাহায্য")).contains(CaseSignal.HELP_REQUESTED);
        assertThat(detector.ofMessage("HELP ME")).contains(CaseSignal.HELP_REQUESTED);
        assertThat(detector.ofMessage("సహాయం కావాలి")).contains(CaseSignal.HELP_REQUESTED);
        assertThat(detector.ofMessage("बचाओ")).contains(CaseSignal.HELP_REQUESTED);
    }

    private static Map<String, List<String>> lists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("danger-words.en", CONFIG.dangerWords().en());
        lists.put("danger-words.hi", CONFIG.dangerWords().hi());
        lists.put("danger-words.bn", CONFIG.dangerWords().bn());
        lists.put("danger-words.te", CONFIG.dangerWords().te());
        lists.put("help-words.en", CONFIG.helpWords().en());
        lists.put("help-words.hi", CONFIG.helpWords().hi());
        lists.put("help-words.bn", CONFIG.helpWords().bn());
        lists.put("help-words.te", CONFIG.helpWords().te());
        return lists;
    }

    private static UnicodeScript scriptOf(String name) {
        return switch (name.substring(name.length() - 2)) {
            case "hi" -> UnicodeScript.DEVANAGARI;
            case "bn" -> UnicodeScript.BENGALI;
            case "te" -> UnicodeScript.TELUGU;
            default -> UnicodeScript.LATIN;
        };
    }

    /** The problems of one entry, as {@code "<list> : <entry> : <problem>"}. */
    private static List<String> review(String name, String entry, UnicodeScript script) {
        List<String> problems = new ArrayList<>();
        String where = name + " : " + entry + " : ";
        if (!Normalizer.isNormalized(entry, Normalizer.Form.NFC)) {
            problems.add(where + "not NFC");
        }
        int characters = 0;
        boolean foreign = false;
        for (int cp : entry.codePoints().toArray()) {
            int type = Character.getType(cp);
            boolean letter = Character.isLetter(cp);
            boolean mark =
                    type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (letter || mark) {
                characters++;
                UnicodeScript own = UnicodeScript.of(cp);
                if (own != script && own != UnicodeScript.INHERITED) {
                    foreign = true;
                }
            } else if (cp != ' ') {
                problems.add(where + "invisible or stray character U+" + Integer.toHexString(cp));
            }
        }
        if (foreign) {
            problems.add(where + "not in " + script);
        }
        if (characters < 3) {
            problems.add(where + "too short");
        }
        return problems;
    }
}
