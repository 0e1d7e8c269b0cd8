package org.survivorvoice.response;

import java.time.Instant;

/**
 * A survivor's answer to the follow-up of a DONE response, without who gave it: 1 yes, 2 a little,
 * 3 no.
 *
 * @param responseId the response asked about
 * @param answer the digit she answered
 * @param answeredAt when the answer arrived
 */
public record FollowUpAnswer(long responseId, int answer, Instant answeredAt) {

    /** "It got better": yes or a little. */
    public boolean better() {
        return answer == 1 || answer == 2;
    }
}
