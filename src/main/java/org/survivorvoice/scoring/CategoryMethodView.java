package org.survivorvoice.scoring;

/** The category-level numbers behind the bands, printed in the methods statement. */
public record CategoryMethodView(
        String category, Long comparisonAreaId, Double theta0, double tau2, double m, int units) {}
