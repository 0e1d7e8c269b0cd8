package org.survivorvoice.survivor;

/** Whether the programme still works with the survivor. */
public enum SurvivorStatus {
    /** Enrolled: contact data kept while she is. */
    ENROLLED,
    /** Left the programme: contact data purged after the retention period. */
    EXITED
}
