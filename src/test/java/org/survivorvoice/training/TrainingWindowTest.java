package org.survivorvoice.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;

class TrainingWindowTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void leavesTheTrainingsQuarterOutAndComparesTwoQuartersEachSide() {
        TrainingWindow window = TrainingWindow.heldOn(LocalDate.of(1912, 5, 20));

        assertThat(window.training()).isEqualTo(Quarter.parse("1912-Q2"));
        assertThat(window.before()).containsExactly(q("1911-Q4"), q("1912-Q1"));
        assertThat(window.after()).containsExactly(q("1912-Q3"), q("1912-Q4"));
        assertThat(window.compared())
                .containsExactly(q("1911-Q4"), q("1912-Q1"), q("1912-Q3"), q("1912-Q4"));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(1912, 12, 31));
    }

    @Test
    void findsTheTrainingQuarterWhoseSecondAfterQuarterIsGiven() {
        Quarter held = TrainingWindow.heldWhenAfterEnds(q("1913-Q1"));

        assertThat(held).isEqualTo(q("1912-Q3"));
        assertThat(new TrainingWindow(held).after().get(1)).isEqualTo(q("1913-Q1"));
    }

    @Test
    void crossesYearsBothWays() {
        assertThat(TrainingWindow.heldOn(LocalDate.of(1913, 1, 1)).before())
                .containsExactly(q("1912-Q3"), q("1912-Q4"));
        assertThat(TrainingWindow.heldOn(LocalDate.of(1913, 12, 31)).after())
                .containsExactly(q("1914-Q1"), q("1914-Q2"));
        assertThat(TrainingWindow.heldOn(LocalDate.of(1913, 12, 31)).lastDay())
                .isEqualTo(LocalDate.of(1914, 6, 30));
    }

    @Test
    void hasEndedOnlyOnceItsSecondAfterQuarterIsOver() {
        TrainingWindow window = TrainingWindow.heldOn(LocalDate.of(1913, 2, 14));

        assertThat(window.after().get(1)).isEqualTo(q("1913-Q3"));
        assertThat(window.endedBy(q("1913-Q2"))).isFalse();
        assertThat(window.endedBy(q("1913-Q3"))).isTrue();
        assertThat(window.endedBy(q("1914-Q1"))).isTrue();
    }

    @Test
    void readsTheInstantInTheProgrammesZone() {
        TrainingWindow window = TrainingWindow.heldOn(LocalDate.of(1914, 5, 14));
        // 1 January 1915, 00:30 in Kolkata is still 31 December 1914 in UTC
        var newYear = ZonedDateTime.of(1915, 1, 1, 0, 30, 0, 0, KOLKATA).toInstant();

        assertThat(window.endedAt(newYear, KOLKATA)).isTrue();
        assertThat(window.endedAt(newYear, ZoneId.of("UTC"))).isFalse();
        assertThat(window.endedAt(newYear.minusSeconds(3600), KOLKATA)).isFalse();
    }

    @Test
    void needsAQuarter() {
        assertThatThrownBy(() -> new TrainingWindow(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Quarter q(String text) {
        return Quarter.parse(text);
    }
}
