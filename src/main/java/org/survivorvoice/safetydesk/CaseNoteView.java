package org.survivorvoice.safetydesk;

import java.time.Instant;

/** A note on a case, for the field workers and admins who may see it. */
public record CaseNoteView(String text, String writtenBy, Instant writtenAt) {}
