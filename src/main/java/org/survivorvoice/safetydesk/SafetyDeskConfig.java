package org.survivorvoice.safetydesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Settings of the safety desk under {@code survivor-voice.safety-desk}. The word lists are reviewed
 * like the SMS templates ({@code SafetyWordsReviewTest}): each entry is a word or a short phrase;
 * its last word matches the start of a written word (so {@code threat} finds "threatened") unless
 * it has fewer than three letters (then only itself: {@code me}, {@code लो}, {@code আছি}), and its
 * other words match whole words ({@link SignalDetector}). Every list is looked for in every
 * message, whatever its language: survivors mix scripts. Lists are comma-separated; an environment
 * variable such as {@code SURVIVOR_VOICE_SAFETY_DESK_DANGER_WORDS_HI} replaces a language's list.
 */
@ConfigMapping(prefix = "survivor-voice.safety-desk")
public interface SafetyDeskConfig {

    /** How long after a case opens a field worker must have reached her. */
    @WithDefault("72H")
    Duration deadline();

    /**
     * When overdue cases are escalated to the admins (programme time zone; one replica per firing).
     */
    @WithDefault("0 0 8 * * ?")
    String escalateCron();

    /** Words of threats, violence, being sold or forced, or asking for help, per language. */
    DangerWords dangerWords();

    /** Words that, opening an SMS, ask for a field worker's call (besides {@code HELP ME}). */
    HelpWords helpWords();

    /** The danger words of the four languages. */
    interface DangerWords {
        /** English, and Hindi written in Latin letters. */
        @WithDefault(
                "threat,beat me,beaten,beating,hit me,hurt me,slap,rape,molest,sold me to,"
                        + "sold me off,sell me to,forced,force me,trafficker,trafficked,kill,"
                        + "afraid,scared,danger,unsafe,locked up,locked me,kidnap,abuse,assault,"
                        + "sex,help me,save me,call me back,send me back,sent me back,madad karo,"
                        + "bachao,dhamki,dalal")
        List<String> en();

        /** Hindi. */
        @WithDefault(
                "धमकी,धमकि,धमका,मारपीट,मारा,मारता,मारते,मारने,पीटा,पीटते,पिटाई,बलात्कार,छेड़छाड़,"
                        + "यौन,शोषण,बेच दिया,बेच दिए,बेच दी,मुझे बेचा,मुझे बेचने,जबरदस्ती,जबरन,"
                        + "मजबूर,दलाल,डर लगता,डर लगा,डर लग रहा,खतरा,खतरे में,बचाओ,बचा लो,मदद करो,"
                        + "मदद चाहिए,वापस भेज,वापस भेजा,वापस भेजने,सेक्स,जान से मार,जान से मारने,"
                        + "अपहरण,अगवा")
        List<String> hi();

        /** Bengali. */
        @WithDefault(
                "হুমকি,মারধর,মারধোর,মেরেছে,মারবে,মারছে,মেরে ফেলব,পিটিয়েছে,ধর্ষণ,শ্লীলতাহানি,আমাকে"
                        + " বিক্রি,বেচে দিয়েছে,বেচে দিল,জোর করে,বাধ্য করে,বাধ্য করেছ,দালাল,ভয়"
                        + " লাগছে,ভয় লাগে,ভয় পাই,ভয় পাচ্ছি,ভয় দেখিয়ে,বিপদে আছি,বিপদে"
                        + " পড়েছি,বাঁচাও,সাহায্য করুন,সাহায্য চাই,ফেরত পাঠিয়ে,ফেরত"
                        + " পাঠাবে,যৌন,খুন,অপহরণ,আটকে রেখেছ,নির্যাতন")
        List<String> bn();

        /** Telugu. */
        @WithDefault(
                "బెదిరి,కొట్టారు,కొట్టాడు,కొట్టింది,కొడతా,కొడుతున్నా,అత్యాచారం,లైంగిక,వేధించ,"
                        + "అమ్మేశారు,అమ్మేసారు,అమ్మేస్తా,బలవంతం,దళారి,భయంగా,ప్రమాదంలో ఉన్నా,"
                        + "కాపాడండి,సహాయం చేయండి,సహాయం కావాలి,వెనక్కి పంపించ,వెనక్కి పంపేస,చంపుతా,"
                        + "చంపేస్తా,అపహరించ,బంధించ")
        List<String> te();

        /** Every language's words together. */
        default List<String> all() {
            return Stream.of(en(), hi(), bn(), te()).flatMap(List::stream).toList();
        }
    }

    /** The help words of the four languages. */
    interface HelpWords {
        /** English, and Hindi written in Latin letters. */
        @WithDefault("help me,helpme,sos,call me back,madad,bachao")
        List<String> en();

        /** Hindi. */
        @WithDefault("मदद,बचाओ")
        List<String> hi();

        /** Bengali. */
        @WithDefault("সাহায্য,বাঁচাও")
        List<String> bn();

        /** Telugu. */
        @WithDefault("సహాయం,కాపాడండి")
        List<String> te();

        /** Every language's words together. */
        default List<String> all() {
            return Stream.of(en(), hi(), bn(), te()).flatMap(List::stream).toList();
        }
    }
}
