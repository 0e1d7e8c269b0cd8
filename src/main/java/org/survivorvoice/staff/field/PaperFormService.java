package org.survivorvoice.staff.field;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingReceipt;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.security.StaffContext;

/**
 * Stores the ratings of a paper-forms upload with channel PAPER through {@link FeedbackService},
 * the one write path of ratings, all in one transaction or none. Every row is checked against the
 * database first (the provider exists within the caller's district; a named encounter is within it,
 * of that provider, not yet rated and named once in the file), and every problem of every row is
 * reported at once; only a file without problems is stored.
 */
@ApplicationScoped
public class PaperFormService {

    private final FeedbackService feedback;
    private final StaffContext staff;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    public PaperFormService(
            FeedbackService feedback, StaffContext staff, SurvivorVoiceConfig config, Clock clock) {
        this.feedback = feedback;
        this.staff = staff;
        this.config = config;
        this.clock = clock;
    }

    /** The programme's today, after which no form can be dated. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    /**
     * Stores every row of the file as a PAPER rating in the language of the forms, rated on its
     * date, when neither the file's reading nor the database shows a problem.
     *
     * @throws PaperFormRejected listing every problem of every row; nothing is stored then
     */
    @Transactional
    public PaperFormResult store(PaperFormSheet.Read file, String language) {
        List<PaperFormRow> rows = file.rows();
        List<PaperFormProblem> problems = new ArrayList<>(file.problems());
        problems.addAll(check(rows));
        problems.sort(
                Comparator.comparingInt(PaperFormProblem::row)
                        .thenComparing(PaperFormProblem::column));
        if (!problems.isEmpty()) {
            throw new PaperFormRejected(problems);
        }
        int verified = 0;
        for (PaperFormRow row : rows) {
            RatingAnswers answers = RatingAnswers.of(row.answers(), row.moneyAsked());
            RatingSubmission submission =
                    row.encounterId() == null
                            ? RatingSubmission.ofProvider(
                                    row.providerCode(), Channel.PAPER, language, answers)
                            : RatingSubmission.ofEncounterOfProvider(
                                    row.encounterId(),
                                    row.providerCode(),
                                    Channel.PAPER,
                                    language,
                                    answers);
            RatingReceipt receipt;
            try {
                receipt =
                        feedback.submit(
                                submission.at(
                                        row.date().atStartOfDay(config.timeZone()).toInstant()));
            } catch (DomainException e) {
                // checked above; only a rating stored meanwhile through another channel gets here,
                // and the transaction, already marked, stores nothing of the file
                throw new PaperFormRejected(
                        List.of(
                                PaperFormProblem.of(
                                        row.row(), PaperFormColumn.ENCOUNTER, "not-stored")));
            }
            if (receipt.verified()) {
                verified++;
            }
        }
        Log.infof("Paper forms: %d ratings stored, %d verified", rows.size(), verified);
        return new PaperFormResult(rows.size(), verified);
    }

    /**
     * The problems the database shows. Looked up with finders and the caller's scope rather than
     * the services' require methods, whose 404 would mark the transaction before the other rows are
     * checked.
     */
    private List<PaperFormProblem> check(List<PaperFormRow> rows) {
        List<PaperFormProblem> problems = new ArrayList<>();
        Map<String, Optional<Provider>> providers = new HashMap<>();
        Set<Long> encounters = new HashSet<>();
        for (PaperFormRow row : rows) {
            Optional<Provider> provider =
                    providers.computeIfAbsent(row.providerCode(), this::visibleProvider);
            if (provider.isEmpty()) {
                problems.add(PaperFormProblem.of(row.row(), PaperFormColumn.CODE, "code-unknown"));
            }
            if (row.encounterId() == null) {
                continue;
            }
            Encounter encounter = Encounter.findById(row.encounterId());
            String problem = null;
            if (encounter == null || !visible(encounter.district.id)) {
                problem = "encounter-unknown";
            } else if (!encounter.provider.code.equals(row.providerCode())) {
                problem = "encounter-other-provider";
            } else if (!encounters.add(encounter.id)) {
                problem = "encounter-twice";
            } else if (Rating.existsForEncounter(encounter.id)) {
                problem = "encounter-rated";
            }
            if (problem != null) {
                problems.add(PaperFormProblem.of(row.row(), PaperFormColumn.ENCOUNTER, problem));
            }
        }
        return problems;
    }

    private Optional<Provider> visibleProvider(String code) {
        Provider provider = Provider.findByCode(code);
        return provider != null && visible(provider.district.id)
                ? Optional.of(provider)
                : Optional.empty();
    }

    private boolean visible(long districtId) {
        try {
            staff.requireVisible(districtId, "Provider");
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
