package org.survivorvoice.survivor;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The daily window in which she may be contacted, read in her time zone: from {@code from}
 * (inclusive) to {@code to} (exclusive), crossing midnight when {@code to} is before {@code from}.
 * A window whose ends are equal is empty: contact at any hour is never assumed, since a mistaken
 * "always" could reach her phone when someone else holds it.
 */
public record SafeWindow(LocalTime from, LocalTime to, ZoneId zone) {

    /** Whether the instant falls inside the window. */
    public boolean contains(Instant instant) {
        LocalTime t = instant.atZone(zone).toLocalTime();
        if (from.equals(to)) {
            return false;
        }
        if (from.isBefore(to)) {
            return !t.isBefore(from) && t.isBefore(to);
        }
        return !t.isBefore(from) || t.isBefore(to);
    }

    /** The instant itself when inside, else the next opening of the window; empty if never. */
    public Optional<Instant> nextOpening(Instant instant) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        if (contains(instant)) {
            return Optional.of(instant);
        }
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime opening = ZonedDateTime.of(local.toLocalDate(), from, zone);
        if (!opening.toInstant().isAfter(instant)) {
            opening = ZonedDateTime.of(local.toLocalDate().plusDays(1), from, zone);
        }
        return Optional.of(opening.toInstant());
    }
}
