package org.survivorvoice.staff.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.safetydesk.CaseUpdate;

class CaseFormsTest {

    @Test
    void eachFormAsksForItsUpdate() {
        assertThat(CaseForms.update("contacted", null, "Spoke"))
                .isEqualTo(new CaseUpdate(CaseStatus.CONTACTED, null, "Spoke"));
        assertThat(CaseForms.update("close", "DECLINED", null))
                .isEqualTo(new CaseUpdate(CaseStatus.CLOSED, CaseOutcome.DECLINED, null));
        assertThat(CaseForms.update("note", "RESOLVED", "Met her"))
                .isEqualTo(new CaseUpdate(null, null, "Met her"));
        assertThat(CaseForms.done(CaseForms.update("close", "RESOLVED", null))).isEqualTo("closed");
        assertThat(CaseForms.done(CaseForms.update("note", null, "x"))).isEqualTo("noted");
    }

    @Test
    void aFormThatCannotBeReadNamesItsField() {
        assertThatThrownBy(() -> CaseForms.update("close", "", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> CaseForms.update("close", "LOST", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CaseForms.update("note", null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("note"));
        assertThatThrownBy(() -> CaseForms.update("reopen", null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("action"));
        assertThat(CaseForms.errorKeys(new RuleViolatedException("closed")))
                .containsExactly("cases.error.move");
    }
}
