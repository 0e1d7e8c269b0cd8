package org.survivorvoice.staff.reports;

import org.survivorvoice.scoring.method.Band;

/** How the staff pages print a band: the stylesheet's class and the key of its name. */
public final class BandStyle {

    private BandStyle() {}

    /** The class of {@code /web/staff.css} that colours the band. */
    public static String cssClass(Band band) {
        return switch (band) {
            case SIGNIFICANTLY_BELOW, BELOW -> "band-below";
            case WITHIN -> "band-within";
            case ABOVE, SIGNIFICANTLY_ABOVE -> "band-above";
            case INSUFFICIENT_DATA -> "band-insufficient";
        };
    }

    /** The key of the band's name in the reports texts. */
    public static String key(Band band) {
        return "reports.band." + band.name().toLowerCase().replace('_', '-');
    }
}
