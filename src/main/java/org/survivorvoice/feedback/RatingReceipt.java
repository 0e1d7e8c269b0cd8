package org.survivorvoice.feedback;

/** Answer to a stored rating. */
public record RatingReceipt(Long id, boolean verified) {}
