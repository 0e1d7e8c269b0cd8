package org.survivorvoice.encounter;

/**
 * Fired by {@code FeedbackService}, inside the transaction that stores it, when a rating of this
 * encounter is stored: the one signal that an encounter has been rated. Outreach observes it
 * synchronously and closes the encounter's open invitations as answered, so nothing more is sent
 * about an encounter she has rated.
 *
 * <p>It lives beside the encounter, not in {@code feedback}: outreach observes it, and the rating
 * intake (in {@code feedback}) depends on outreach's invitations, so a {@code feedback} type here
 * would close a package cycle. For the same reason the channel is the name of the rating's {@code
 * feedback.Channel}.
 *
 * @param encounter the encounter rated
 * @param channel how the rating arrived ({@code WEB}, {@code SMS}, {@code IVR}, {@code ASSISTED},
 *     {@code PAPER}), for the log
 */
public record RatingStored(Encounter encounter, String channel) {}
