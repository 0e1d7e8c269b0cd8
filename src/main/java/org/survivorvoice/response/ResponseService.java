package org.survivorvoice.response;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.ConflictException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.security.StaffContext;

/**
 * Records responses and moves them PLANNED -> DONE or DROPPED (both final), for an official of the
 * provider's district or an admin. Marking one DONE fires {@link ResponseCompleted} in the same
 * transaction, so the survivors' follow-up is queued exactly when the change is stored. Not
 * audited: a response is the district's public answer, not a read of anyone's data.
 */
@ApplicationScoped
public class ResponseService {

    private final ProviderService providers;
    private final ResponseQueries queries;
    private final StaffContext staff;
    private final ProgrammeCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;
    private final Event<ResponseCompleted> completed;

    public ResponseService(
            ProviderService providers,
            ResponseQueries queries,
            StaffContext staff,
            ProgrammeCalendar calendar,
            Clock clock,
            SurvivorVoiceConfig config,
            Event<ResponseCompleted> completed) {
        this.providers = providers;
        this.queries = queries;
        this.staff = staff;
        this.calendar = calendar;
        this.clock = clock;
        this.zone = config.timeZone();
        this.completed = completed;
    }

    /**
     * Records a PLANNED response: 404 for a provider the caller cannot see, 422 for a quarter whose
     * results she cannot see yet (officials: not released; nobody: not begun), 400 for a due date
     * already past.
     */
    @Transactional
    public ResponseView record(NewResponse request) {
        Quarter period = QueryParameters.quarter("period", request.period());
        Provider provider = providers.requireVisible(request.providerCode());
        if (period.compareTo(calendar.currentQuarter()) > 0 || !queries.resultsVisible(period)) {
            throw new RuleViolatedException(
                    "The results of " + period + " are not released to you yet.");
        }
        List<Violation> violations = new ArrayList<>();
        requireDue(request.dueDate(), violations);
        requireText("actionText", request.actionText(), violations);
        requireText("ownerRole", request.ownerRole(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProviderResponse response = new ProviderResponse();
        response.provider = provider;
        response.district = provider.district;
        response.period = period.toString();
        response.theme = request.theme();
        response.actionText = request.actionText().strip();
        response.ownerRole = request.ownerRole().strip();
        response.dueDate = request.dueDate();
        response.status = ResponseStatus.PLANNED;
        response.recordedBy = staff.actor();
        response.recordedAt = clock.instant();
        response.persist();
        Log.infof("Response %d to provider %s for %s recorded", response.id, provider.code, period);
        return ResponseView.of(response);
    }

    /**
     * Changes a PLANNED response: its action, owner role or due date, and its status to DONE (sets
     * done_at, fires {@link ResponseCompleted}) or DROPPED (a reason required). 404 for a response
     * the caller cannot see, 409 once it is DONE or DROPPED, 400 for an empty or invalid change.
     */
    @Transactional
    public ResponseView change(long id, ResponseChange change) {
        // locked, so that two changes at once cannot both find it PLANNED and complete it twice
        ProviderResponse response =
                queries.requireVisible(
                        ProviderResponse.findById(id, LockModeType.PESSIMISTIC_WRITE));
        if (change.isEmpty()) {
            throw new InvalidInputException("status", "name a status or a field to change");
        }
        if (response.status != ResponseStatus.PLANNED) {
            throw new ConflictException("The response is " + response.status + ", which is final.");
        }
        List<Violation> violations = new ArrayList<>();
        if (change.actionText() != null) {
            requireText("actionText", change.actionText(), violations);
        }
        if (change.ownerRole() != null) {
            requireText("ownerRole", change.ownerRole(), violations);
        }
        if (change.dueDate() != null) {
            requireDue(change.dueDate(), violations);
        }
        boolean dropping = change.status() == ResponseStatus.DROPPED;
        if (dropping && (change.dropReason() == null || change.dropReason().isBlank())) {
            violations.add(new Violation("dropReason", "give the reason it is dropped"));
        }
        if (!dropping && change.dropReason() != null) {
            violations.add(new Violation("dropReason", "only with the status DROPPED"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (change.actionText() != null) {
            response.actionText = change.actionText().strip();
        }
        if (change.ownerRole() != null) {
            response.ownerRole = change.ownerRole().strip();
        }
        if (change.dueDate() != null) {
            response.dueDate = change.dueDate();
        }
        Instant now = clock.instant();
        if (change.status() == ResponseStatus.DONE) {
            response.status = ResponseStatus.DONE;
            response.doneAt = now;
            completed.fire(
                    new ResponseCompleted(response.id, response.provider.id, response.period, now));
        } else if (dropping) {
            response.status = ResponseStatus.DROPPED;
            response.droppedAt = now;
            response.dropReason = change.dropReason().strip();
        }
        Log.infof("Response %d is %s", response.id, response.status);
        return ResponseView.of(response);
    }

    private void requireDue(LocalDate due, List<Violation> violations) {
        if (due.isBefore(LocalDate.ofInstant(clock.instant(), zone))) {
            violations.add(new Violation("dueDate", "must be today or later"));
        }
    }

    private static void requireText(String field, String text, List<Violation> violations) {
        if (text.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        }
    }
}
