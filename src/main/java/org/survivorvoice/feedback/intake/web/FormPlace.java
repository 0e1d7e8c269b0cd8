package org.survivorvoice.feedback.intake.web;

import org.survivorvoice.feedback.Channel;

/** Where a rating form lives and which channel its ratings are stored under. */
public enum FormPlace {
    /** The open form anyone may use with a provider code: channel WEB, unverified. */
    OPEN("/rate", Channel.WEB),
    /** A field worker's form, filled in with the survivor beside her: channel ASSISTED. */
    ASSISTED("/staff/assisted", Channel.ASSISTED);

    private final String path;
    private final Channel channel;

    FormPlace(String path, Channel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** The path of the form page; its thanks page is below it. */
    public String path() {
        return path;
    }

    /** The channel ratings from this form are stored under. */
    public Channel channel() {
        return channel;
    }
}
