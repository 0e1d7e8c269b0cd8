package org.survivorvoice.response;

/** Where a response stands: planned, then done or dropped (with a reason); both are final. */
public enum ResponseStatus {
    /** Recorded; the action is still to be taken. */
    PLANNED,
    /** The action was taken; the survivors who rated the provider are asked whether it helped. */
    DONE,
    /** Given up, with a reason. */
    DROPPED
}
