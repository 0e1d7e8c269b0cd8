package org.survivorvoice.common.error;

/** One invalid field: its JSON path and a message in plain words. */
public record Violation(String field, String message) {}
