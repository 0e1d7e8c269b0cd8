package org.survivorvoice.safetydesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Settings of the safety desk under {@code survivor-voice.safety-desk}. The word lists are reviewed
 * like the SMS templates ({@code SafetyWordsReviewTest}): each entry is a word or a short phrase;
 * its last word matches the start of a written word (so {@code threat} finds "threatened") and its
 * other words match whole words. Every list is looked for in every message, whatever its language:
 * survivors mix scripts.
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
                "threat,beat me,beaten,beating,hit me,hurt me,rape,molest,sold me,sell me,sold to,"
                        + "forced,force me,trafficker,pimp,kill,afraid,scared,danger,unsafe,"
                        + "locked up,kidnap,abuse,assault,sex,help me,save me,call me back,"
                        + "send me back,sent me back,madad karo,bachao,dhamki,dalal")
        List<String> en();

        /** Hindi. */
        @WithDefault(
                "धमकी,धमकि,धमका,मारपीट,मारा,पीटा,पिटाई,बलात्कार,छेड़छाड़,बेच दि,बेच दी,बेचने,"
                        + "जबरदस्ती,जबरन,मजबूर,दलाल,डर लग,खतरा,ख़तरा,बचाओ,बचा लो,मदद करो,"
                        + "मदद चाहिए,वापस भेज,सेक्स,जान से मार")
        List<String> hi();

        /** Bengali. */
        @WithDefault(
                "হুমকি,মারধর,মেরেছে,মারবে,পিটিয়েছে,ধর্ষণ,শ্লীলতাহানি,বিক্রি করে,বেচে দি,জোর করে,"
                        + "বাধ্য করে,দালাল,ভয় লাগ,ভয় পাই,বিপদ,বাঁচাও,সাহায্য করুন,সাহায্য চাই,"
                        + "ফেরত পাঠা,যৌন,খুন")
        List<String> bn();

        /** Telugu. */
        @WithDefault(
                "బెదిరి,కొట్టారు,కొట్టాడు,కొడతా,అత్యాచారం,లైంగిక,అమ్మేశారు,అమ్మేసారు,అమ్మేస్తా,"
                        + "బలవంతం,బలవంతంగా,దళారి,భయం,భయంగా,ప్రమాదం,కాపాడండి,కాపాడు,సహాయం చేయండి,"
                        + "సహాయం కావాలి,వెనక్కి పంప,చంపు,చంపేస్తా")
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
