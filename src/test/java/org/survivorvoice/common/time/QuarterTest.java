package org.survivorvoice.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void quarterOfDate() {
        assertThat(Quarter.of(LocalDate.of(2026, 9, 30))).hasToString("2026-Q3");
        assertThat(Quarter.of(LocalDate.of(2026, 10, 1))).hasToString("2026-Q4");
        assertThat(Quarter.of(LocalDate.of(2026, 1, 1))).hasToString("2026-Q1");
    }

    @Test
    void parsesAndWalks() {
        Quarter q = Quarter.parse("2026-Q1");
        assertThat(q.previous()).hasToString("2025-Q4");
        assertThat(q.next()).hasToString("2026-Q2");
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.previous()).isLessThan(q);
    }

    @Test
    void rejectsOtherShapes() {
        for (String bad : new String[] {"2026-Q5", "2026Q3", "26-Q1", "2026-q3x", ""}) {
            assertThatThrownBy(() -> Quarter.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
