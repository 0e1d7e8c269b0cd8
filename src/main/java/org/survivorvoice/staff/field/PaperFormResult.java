package org.survivorvoice.staff.field;

/** What an upload stored: how many ratings, and how many of them are tied to an encounter. */
public record PaperFormResult(int stored, int verified) {}
