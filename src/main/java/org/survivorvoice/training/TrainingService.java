package org.survivorvoice.training;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.StaffContext;

/**
 * The one write path of training events: checks the event and its attendance, stores both in one
 * transaction and writes the audit row {@value #AUDIT_ACTION}. Every problem is a 400 naming its
 * field ({@code attendance[2].staffCount}), all of them at once, so the API and the page can show
 * each next to its field.
 */
@ApplicationScoped
public class TrainingService {

    /** The audit action of a recorded event. */
    public static final String AUDIT_ACTION = "TRAINING_RECORDED";

    /** Earliest day an event may be held on: the programmes began long after. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** Longest topic or organiser, as the columns hold. */
    public static final int TEXT_MAX = 200;

    /** Most staff of one provider at one event, as the column's check allows. */
    public static final int STAFF_MAX = 10_000;

    /** Most providers at one event: a state-wide event, not a mistake of a pasted list. */
    public static final int PROVIDERS_MAX = 500;

    /** The problem of a provider row without a code. */
    public static final String CODE_MISSING = "give a provider code";

    /** The problem of a provider named in two rows. */
    public static final String CODE_TWICE = "names a provider a second time";

    /** The problem of a code no provider has. */
    public static final String CODE_UNKNOWN = "no provider has this code";

    private final AuditService audit;
    private final StaffContext staff;
    private final Clock clock;
    private final ZoneId zone;

    public TrainingService(
            AuditService audit, StaffContext staff, Clock clock, SurvivorVoiceConfig config) {
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
        this.zone = config.timeZone();
    }

    /** Records the event with its attendance; 400 naming every bad field. */
    @Transactional
    public TrainingView record(NewTraining request) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (request.heldOn() == null) {
            violations.add(new Violation("heldOn", "give the day it was held (2026-03-14)"));
        } else if (request.heldOn().isAfter(today)) {
            violations.add(new Violation("heldOn", "must not be in the future"));
        } else if (request.heldOn().isBefore(EARLIEST)) {
            violations.add(new Violation("heldOn", "must be in 2000 or later"));
        }
        requireText("topic", request.topic(), violations);
        requireText("organiser", request.organiser(), violations);
        if (request.pillar() == null) {
            violations.add(
                    new Violation(
                            "pillar", "give one of PREVENT, PROTECT, REHABILITATE, PROSECUTE"));
        }
        List<TrainingAttendance> attendance = attendance(request, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TrainingEvent event = new TrainingEvent();
        event.heldOn = request.heldOn();
        event.topic = request.topic().strip();
        event.organiser = request.organiser().strip();
        event.pillar = request.pillar();
        event.recordedBy = staff.actor();
        for (TrainingAttendance a : attendance) {
            a.training = event;
            event.attendance.add(a);
        }
        event.persist();
        TrainingView view = TrainingView.of(event);
        audit.record(
                AUDIT_ACTION,
                "training_event",
                event.id,
                "providers=" + view.providers().size() + " staff=" + view.staffTrained());
        Log.infof(
                "Training %d of %s recorded: %d providers, %d staff",
                event.id, event.heldOn, view.providers().size(), view.staffTrained());
        return view;
    }

    private static List<TrainingAttendance> attendance(
            NewTraining request, List<Violation> violations) {
        List<TrainingAttendance> rows = new ArrayList<>();
        if (request.attendance() == null || request.attendance().isEmpty()) {
            violations.add(new Violation("attendance", "name at least one provider"));
            return rows;
        }
        if (request.attendance().size() > PROVIDERS_MAX) {
            violations.add(new Violation("attendance", "at most " + PROVIDERS_MAX + " providers"));
            return rows;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.attendance().size(); i++) {
            NewTraining.NewAttendance given = request.attendance().get(i);
            String field = "attendance[" + i + "]";
            if (given == null) {
                violations.add(new Violation(field, "name a provider and its staff count"));
                continue;
            }
            Provider provider = null;
            String code = given.providerCode() == null ? "" : given.providerCode().strip();
            if (code.isEmpty()) {
                violations.add(new Violation(field + ".providerCode", CODE_MISSING));
            } else if (!seen.add(code)) {
                violations.add(new Violation(field + ".providerCode", CODE_TWICE));
            } else {
                provider = code.length() > 12 ? null : Provider.findByCode(code);
                if (provider == null) {
                    violations.add(new Violation(field + ".providerCode", CODE_UNKNOWN));
                }
            }
            Integer count = given.staffCount();
            if (count == null || count < 1 || count > STAFF_MAX) {
                violations.add(
                        new Violation(field + ".staffCount", "must be from 1 to " + STAFF_MAX));
            }
            if (provider != null && count != null) {
                TrainingAttendance row = new TrainingAttendance();
                row.provider = provider;
                row.staffCount = count;
                rows.add(row);
            }
        }
        return rows;
    }

    private static void requireText(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        } else if (text.strip().length() > TEXT_MAX) {
            violations.add(new Violation(field, "at most " + TEXT_MAX + " characters"));
        }
    }
}
