package org.survivorvoice.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The category-level numbers behind the bands, printed in the methods statement. */
public record CategoryMethodView(
        String category,
        @Schema(nullable = true) Long comparisonAreaId,
        @Schema(nullable = true) Double theta0,
        double tau2,
        double m,
        int units) {}
