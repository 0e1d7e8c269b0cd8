package org.survivorvoice.response;

import java.time.Instant;

/**
 * A provider's self-assessment of a quarter.
 *
 * @param recordedAt when it was last recorded (a second recording replaces the first)
 */
public record SelfAssessmentView(
        String providerCode,
        String providerName,
        String period,
        SelfScores answers,
        Instant recordedAt) {

    static SelfAssessmentView of(SelfAssessment a) {
        return new SelfAssessmentView(
                a.provider.code, a.provider.name, a.period, SelfScores.of(a), a.updatedAt);
    }
}
