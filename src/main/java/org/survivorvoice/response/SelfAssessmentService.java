package org.survivorvoice.response;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.security.StaffContext;

/**
 * Records a provider's self-assessment of a quarter (field workers and admins; the first time
 * creates it, later ones replace it) and reads it back. Providers are looked up as everywhere: a
 * caller bound to a district gets 404 for another district's provider.
 */
@ApplicationScoped
public class SelfAssessmentService {

    /** What a recording did: created the quarter's self-assessment, or replaced it. */
    public record Recorded(SelfAssessmentView view, boolean created) {}

    private final ProviderService providers;
    private final StaffContext staff;
    private final ProgrammeCalendar calendar;

    public SelfAssessmentService(
            ProviderService providers, StaffContext staff, ProgrammeCalendar calendar) {
        this.providers = providers;
        this.staff = staff;
        this.calendar = calendar;
    }

    /**
     * Records the answers for the provider and quarter, replacing earlier ones: 400 without any
     * answer, 404 for a provider the caller cannot see, 422 for a quarter not begun.
     */
    @Transactional
    public Recorded record(NewSelfAssessment request) {
        Quarter period = QueryParameters.quarter("period", request.period());
        Provider provider = providers.requireVisible(request.providerCode());
        if (request.answers().isEmpty()) {
            throw new InvalidInputException("answers", "give at least one answer");
        }
        if (period.compareTo(calendar.currentQuarter()) > 0) {
            throw new RuleViolatedException("The quarter " + period + " has not begun.");
        }
        SelfAssessment assessment =
                SelfAssessment.find(provider, period.toString(), true).orElse(null);
        boolean created = assessment == null;
        if (created) {
            assessment = new SelfAssessment();
            assessment.provider = provider;
            assessment.period = period.toString();
        }
        SelfScores answers = request.answers();
        assessment.overall = answers.overall();
        assessment.dignity = answers.dignity();
        assessment.listened = answers.listened();
        assessment.timeliness = answers.timeliness();
        assessment.outcome = answers.outcome();
        assessment.recordedBy = staff.actor();
        assessment.persistAndFlush();
        Log.infof(
                "Self-assessment of provider %s for %s %s",
                provider.code, period, created ? "recorded" : "replaced");
        return new Recorded(SelfAssessmentView.of(assessment), created);
    }

    /** The provider's self-assessment of the quarter; 404 when none or the provider is hidden. */
    @Transactional
    public SelfAssessmentView get(String providerCode, Quarter period) {
        if (providerCode == null || providerCode.isBlank()) {
            throw new InvalidInputException("providerCode", "is required");
        }
        if (period == null) {
            throw new InvalidInputException("period", "is required");
        }
        Provider provider = providers.requireVisible(providerCode.strip());
        return SelfAssessment.find(provider, period.toString(), false)
                .map(SelfAssessmentView::of)
                .orElseThrow(() -> new NotFoundException("Self-assessment"));
    }
}
