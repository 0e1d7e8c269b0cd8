package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the safety desk adds to every stored rating: the detector over the shipped word lists, for
 * comments from a few words to the longest a rating keeps (2,000 characters), in the four scripts.
 * Runs only with {@code ./mvnw verify -Pbenchmark -Dtest=SignalDetectorBenchmark}; prints figures,
 * never asserts a time.
 */
@Tag("benchmark")
class SignalDetectorBenchmark {

    private static final List<String> WORDS =
            List.of(
                    "the", "doctor", "was", "kind", "waited", "long", "डॉक्टर", "अच्छे", "थे",
                    "बहुत", "देर", "ভালো", "ব্যবহার", "করেছে", "অপেক্ষা", "చాలా", "సహాయం", "చేశారు",
                    "ఆలస్యం", "🙏", "👍🏽", "123");
    private static final int WARM_UP = 20_000;
    private static final int TIMED = 100_000;

    @Test
    void timesCommentsUpToTheLongestARatingKeeps() {
        SignalDetector detector = SignalDetector.of(SafetyDeskDefaults.config());
        for (int length : new int[] {40, 400, 2_000}) {
            String[] comments = comments(length, 1_000, new SplittableRandom(length));
            for (int i = 0; i < WARM_UP; i++) {
                detector.ofRating(2, false, comments[i % comments.length]);
            }
            long[] nanos = new long[TIMED];
            int signalled = 0;
            long started = System.nanoTime();
            for (int i = 0; i < TIMED; i++) {
                long one = System.nanoTime();
                if (!detector.ofRating(2, false, comments[i % comments.length]).isEmpty()) {
                    signalled++;
                }
                nanos[i] = System.nanoTime() - one;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(
                    "SignalDetector, %,d-character comments: %,.0f comments/s, p50 %.1f us, p99"
                            + " %.1f us, max %.1f us (%d of %,d signalled)%n",
                    length,
                    TIMED / seconds,
                    nanos[TIMED / 2] / 1e3,
                    nanos[TIMED * 99 / 100] / 1e3,
                    nanos[TIMED - 1] / 1e3,
                    signalled,
                    TIMED);
            assertThat(signalled).as("benign comments open no case").isZero();
        }
    }

    private static String[] comments(int length, int count, SplittableRandom random) {
        String[] comments = new String[count];
        for (int c = 0; c < count; c++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            comments[c] = text.substring(0, length);
        }
        return comments;
    }
}
