package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void countsGsm7SeptetsAndConcatenatedSegments() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(true, 0, 0));
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(true, 160, 1));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(true, 161, 2));
        assertThat(SmsSegments.of("a".repeat(306))).isEqualTo(new SmsSegments(true, 306, 2));
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharactersCostTwoSeptets() {
        assertThat(SmsSegments.of("€[]").units()).isEqualTo(6);
        assertThat(SmsSegments.of("{".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("{".repeat(81)).segments()).isEqualTo(2);
    }

    @Test
    void anyCharacterOutsideGsm7MakesTheWholeTextUcs2() {
        assertThat(SmsSegments.of("ধন্যবাদ")).isEqualTo(new SmsSegments(false, 7, 1));
        assertThat(SmsSegments.of("a".repeat(69) + "â")).isEqualTo(new SmsSegments(false, 70, 1));
        assertThat(SmsSegments.of("a".repeat(70) + "क").segments()).isEqualTo(2);
        assertThat(SmsSegments.of("क".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("क".repeat(135)).segments()).isEqualTo(3);
        // an emoji is two UTF-16 units
        assertThat(SmsSegments.of("😀").units()).isEqualTo(2);
    }
}
