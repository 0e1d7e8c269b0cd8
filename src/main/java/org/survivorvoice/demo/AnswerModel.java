package org.survivorvoice.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.RatingAnswers;

/**
 * Draws a survivor's answers from her provider's latent satisfaction. The five dimensions move
 * together (someone treated badly rarely rates timeliness top), "got what was needed" follows the
 * encounter's outcome, and questions go unanswered more on some channels: SMS replies often carry
 * only the overall score, IVR callers hang up early, paper forms have gaps.
 */
final class AnswerModel {

    /** Short comments with no names, places or numbers, as a redacted comment would read. */
    private static final Map<String, List<String>> PRAISE =
            Map.of(
                    "en",
                            List.of(
                                    "Staff were polite.",
                                    "They explained the next steps.",
                                    "Helpful, thank you."),
                    "hi", List.of("कर्मचारी विनम्र थे।", "अगले कदम समझाए गए।"),
                    "bn", List.of("কর্মীরা ভদ্র ছিলেন।", "পরের ধাপ বুঝিয়ে বলেছেন।"),
                    "te", List.of("సిబ్బంది మర్యాదగా ఉన్నారు.", "తదుపరి దశలు వివరించారు."));

    private static final Map<String, List<String>> CRITICISM =
            Map.of(
                    "en",
                            List.of(
                                    "The waiting time was long.",
                                    "Had to come back three times.",
                                    "Still waiting for the papers."),
                    "hi", List.of("बहुत देर तक इंतज़ार करना पड़ा।", "अभी तक कागज़ नहीं मिले।"),
                    "bn", List.of("অনেকক্ষণ অপেক্ষা করতে হয়েছে।", "এখনও কাগজ পাইনি।"),
                    "te", List.of("చాలా సేపు వేచి ఉండాల్సి వచ్చింది.", "ఇంకా పత్రాలు రాలేదు."));

    private AnswerModel() {}

    /** Answers to a rating of a provider whose satisfaction rate is {@code p}. */
    static RatingAnswers answers(
            double p,
            ProviderCategoryCode category,
            QualityTier tier,
            EncounterOutcome outcome,
            Channel channel,
            SplittableRandom random) {
        boolean satisfied = random.nextDouble() < p;
        int base = satisfied ? (random.nextDouble() < 0.55 ? 5 : 4) : unsatisfied(random);
        double skip = skipRate(channel);
        Integer overall = random.nextDouble() < overallSkipRate(channel) ? null : base;
        Integer dignity = random.nextDouble() < skip ? null : near(base, random);
        Integer listened = random.nextDouble() < skip ? null : near(base, random);
        Integer timeliness = random.nextDouble() < skip ? null : near(base - 1, random);
        Integer got = random.nextDouble() < skip ? null : gotWhatWasNeeded(base, outcome, random);
        Boolean money = null;
        if (random.nextDouble() < (channel == Channel.SMS ? 0.5 : 0.8)) {
            double rate =
                    moneyRate(category)
                            * (tier == QualityTier.WORSE || tier == QualityTier.FAILING ? 2 : 1);
            money = random.nextDouble() < (satisfied ? rate * 0.5 : rate * 1.5);
        }
        return new RatingAnswers(overall, dignity, listened, timeliness, got, money);
    }

    /** A short comment in her language about one rating in 25, none on IVR (voice only). */
    static String comment(
            RatingAnswers answers, Channel channel, String language, SplittableRandom random) {
        if (channel == Channel.IVR || random.nextInt(25) != 0) {
            return null;
        }
        List<String> pool =
                (satisfied(answers) ? PRAISE : CRITICISM).getOrDefault(language, List.of());
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    /** Whether answers count as satisfied (overall 4 or 5). */
    static boolean satisfied(RatingAnswers answers) {
        return answers.overall() != null && answers.overall() >= 4;
    }

    private static int unsatisfied(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.45 ? 3 : r < 0.75 ? 2 : 1;
    }

    private static int near(int base, SplittableRandom random) {
        double r = random.nextDouble();
        return clamp(r < 0.2 ? base - 1 : r < 0.8 ? base : base + 1);
    }

    private static int gotWhatWasNeeded(
            int base, EncounterOutcome outcome, SplittableRandom random) {
        if (outcome == null) {
            return near(base, random);
        }
        return switch (outcome) {
            case RECEIVED -> clamp(Math.max(base, 4) - random.nextInt(2) + random.nextInt(2));
            case DENIED -> clamp(Math.min(base, 2) - random.nextInt(2));
            case PENDING -> near(base - 1, random);
        };
    }

    private static double overallSkipRate(Channel channel) {
        return switch (channel) {
            case IVR -> 0.05;
            case SMS -> 0.03;
            default -> 0.01;
        };
    }

    private static double skipRate(Channel channel) {
        return switch (channel) {
            case SMS -> 0.35;
            case IVR -> 0.15;
            case PAPER -> 0.10;
            case WEB -> 0.08;
            case ASSISTED -> 0.03;
        };
    }

    /** How often survivors report being asked for money or a favour, by category. */
    private static double moneyRate(ProviderCategoryCode category) {
        return switch (category) {
            case POLICE -> 0.15;
            case BLOCK_OFFICE -> 0.14;
            case PANCHAYAT -> 0.10;
            case HOSPITAL -> 0.08;
            case LEGAL_AID -> 0.05;
            case CHILD_WELFARE_COMMITTEE, HEALTH_WORKER -> 0.03;
            case SOCIAL_WORKER -> 0.02;
        };
    }

    private static int clamp(int answer) {
        return Math.max(1, Math.min(5, answer));
    }
}
