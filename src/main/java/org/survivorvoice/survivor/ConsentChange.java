package org.survivorvoice.survivor;

/** A partial consent change: fields left out keep their value. */
public record ConsentChange(Boolean sms, Boolean ivr, Boolean webLink, Boolean reporting) {

    /** Whether the change sets anything at all. */
    boolean isEmpty() {
        return sms == null && ivr == null && webLink == null && reporting == null;
    }
}
