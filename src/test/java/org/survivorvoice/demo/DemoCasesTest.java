package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.safetydesk.CaseDeadline;
import org.survivorvoice.safetydesk.CaseNote;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * The demo's safety cases open through the desk's one write path (each has its opening audit row),
 * aged into open, overdue, contacted and closed cases, and a second start opens nothing.
 */
@QuarkusTest
class DemoCasesTest {

    @Inject DemoCases cases;
    @Inject Fixtures fixtures;

    @Test
    void messagesAndCallbacksOpenCasesAgedIntoEveryState() {
        Area north = fixtures.district();
        Area second = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        for (Area d : new Area[] {north, second}) {
            Staff.enrol(admin, d.id, "98300" + (10_000 + d.id % 80_000));
            Staff.enrol(admin, d.id, "98310" + (10_000 + d.id % 80_000));
        }

        int opened = cases.open(Optional.of(north.id), Optional.of(second.id));

        assertThat(opened).isEqualTo(5);
        Map<String, String> states = states();
        assertThat(states)
                .containsEntry("sms:demo-1", "CONTACTED null district note")
                .containsEntry("call:demo-1", "CLOSED REFERRED_LEGAL_AID district note")
                .containsEntry("sms:demo-2", "OPEN overdue null phone")
                .containsEntry("call:demo-2", "OPEN null district")
                .containsEntry("sms:demo-3", "CLOSED RESOLVED district note");
        for (String source : states.keySet()) {
            assertThat(fixtures.auditActions("safety_case", idOf(source)))
                    .startsWith("SAFETY_CASE_OPENED");
        }
        assertThat(cases.open(Optional.of(north.id), Optional.of(second.id))).isZero();
    }

    @Transactional
    Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        Instant now = Instant.now();
        for (SafetyCase c :
                SafetyCase.<SafetyCase>list(
                        "sourceKey like ?1 or sourceKey like ?2", "sms:demo-%", "call:demo-%")) {
            assertThat(Duration.between(c.openedAt, c.deadlineAt)).isEqualTo(Duration.ofHours(72));
            boolean overdue = CaseDeadline.overdue(c.status, c.deadlineAt, now);
            String state =
                    c.status
                            + (overdue ? " overdue" : "")
                            + " "
                            + c.outcome
                            + (c.district == null ? "" : " district")
                            + (c.phoneCiphertext == null ? "" : " phone")
                            + (CaseNote.count("safetyCase.id", c.id) > 0 ? " note" : "");
            states.put(c.sourceKey, state);
        }
        return states;
    }

    @Transactional
    long idOf(String source) {
        return SafetyCase.findBySource(source).orElseThrow().id;
    }
}
