package org.survivorvoice.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;

/**
 * The quarters a training event is judged by: Q, the programme quarter of the day it was held, is
 * left out (its ratings mix staff before and after the training); the two quarters before it are
 * compared with the two after it. {@code held_on} is a date as the programme's calendar reads it,
 * so its quarter needs no zone; "has the window ended" is asked of an instant, read in the
 * programme's time zone like every other quarter ({@link ProgrammeCalendar#quarterOf}).
 *
 * @param training the quarter the training was held in (Q)
 */
public record TrainingWindow(Quarter training) {

    public TrainingWindow {
        if (training == null) {
            throw new IllegalArgumentException("a training window needs the training's quarter");
        }
    }

    /** The window of a training held on the day. */
    public static TrainingWindow heldOn(LocalDate day) {
        return new TrainingWindow(Quarter.of(day));
    }

    /** oldest first. */
    public List<Quarter> before() {
        Quarter previous = training.previous();
        return List.of(previous.previous(), previous);
    }

    /** Q+1 and Q+2, oldest first. */
    public List<Quarter> after() {
        Quarter next = training.next();
        return List.of(next, next.next());
    }

    /** The four compared quarters, oldest first, Q+1, Q+2. */
    public List<Quarter> compared() {
        return List.of(before().get(0), before().get(1), after().get(0), after().get(1));
    }

    /**
     * The last day of Q+2: a provider that attended any training held on or before it is not an
     * untrained comparison for this one.
     */
    public LocalDate lastDay() {
        return after().get(1).end();
    }

    /** The quarter of the trainings whose Q+2 is the given quarter. */
    public static Quarter heldWhenAfterEnds(Quarter lastAfter) {
        return lastAfter.previous().previous();
    }

    /** Whether Q+2 is over by the end of the quarter (a report's quarter, say). */
    public boolean endedBy(Quarter quarter) {
        return after().get(1).compareTo(quarter) <= 0;
    }

    /** Whether Q+2 is over at the instant, read in the programme's time zone. */
    public boolean endedAt(Instant instant, ZoneId zone) {
        return endedBy(ProgrammeCalendar.quarterOf(instant, zone).previous());
    }
}
