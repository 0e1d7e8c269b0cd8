package org.survivorvoice.demo;

import java.time.Duration;

/**
 * What the demo's field reviews found in the newest released quarter.
 *
 * @param period the newest released quarter, whose scores and those of the quarter before were
 *     computed
 * @param goodPractice providers named good practice
 * @param laggards providers named laggards
 * @param underReview providers whose published band is a flag (alert or significant), not named
 * @param elapsed time taken, scoring included
 */
public record DemoReviewReport(
        String period, int goodPractice, int laggards, int underReview, Duration elapsed) {}
