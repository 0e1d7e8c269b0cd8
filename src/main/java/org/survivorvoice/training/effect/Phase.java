package org.survivorvoice.training.effect;

import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.training.TrainingWindow;

/** The two halves of an effect comparison around the training's quarter Q (left out itself). */
public enum Phase {
    /** Quarters. */
    BEFORE,
    /** Quarters Q+1 and Q+2. */
    AFTER;

    /** The phase of a rating's period in the window, or null for a quarter outside it. */
    static Phase of(TrainingWindow window, String period) {
        Quarter quarter = Quarter.parse(period);
        if (window.before().contains(quarter)) {
            return BEFORE;
        }
        return window.after().contains(quarter) ? AFTER : null;
    }
}
