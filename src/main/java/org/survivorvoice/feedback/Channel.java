package org.survivorvoice.feedback;

/** How a rating arrived. */
public enum Channel {
    /** Survivor web form (invitation link or open form). */
    WEB,
    /** SMS reply or unsolicited SMS rating. */
    SMS,
    /** Phone call to or from the IVR. */
    IVR,
    /** Entered by a field worker on the survivor's behalf. */
    ASSISTED,
    /** Transcribed from a paper form. */
    PAPER
}
