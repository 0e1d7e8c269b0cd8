package org.survivorvoice.reports.data;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.survivorvoice.collective.CollectiveFigureQueries;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.response.ResponseFigureQueries;
import org.survivorvoice.safetydesk.CaseFigureQueries;
import org.survivorvoice.scoring.PublishedDimensionService;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.training.effect.TrainingEffectConfig;
import org.survivorvoice.training.effect.TrainingEffectService;

/**
 * Builds the {@link ReportData} of one quarterly workbook from stored score snapshots and aggregate
 * counts, in one read-only transaction so every sheet sees the same state of the database. The
 * disclosure rules of the audience are applied here and in the sections it assembles, so renderers
 * cannot get them wrong: funders get every district but no free text, no unverified flagged names
 * and no dates finer than a quarter; officials get their district only, with internal alerts and
 * redacted comments. Every edition counts the safety cases of the quarter, never more than counts.
 */
@ApplicationScoped
public class ReportService {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ScoreReadQueries scores;
    private final ActivityQueries activity;
    private final DirectoryQueries directory;
    private final ScoringQueries scoringQueries;
    private final ScoringService scoring;
    private final ScoringConfig scoringConfig;
    private final PublishedDimensionService dimensions;
    private final ReportsConfig reportsConfig;
    private final SurvivorVoiceConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final ResponseFigureQueries responses;
    private final CaseFigureQueries cases;
    private final OutcomeQueries outcomes;
    private final CollectiveFigureQueries collectives;
    private final TrainingEffectService trainings;
    private final TrainingEffectConfig trainingConfig;

    public ReportService(
            ScoreReadQueries scores,
            ActivityQueries activity,
            DirectoryQueries directory,
            ScoringQueries scoringQueries,
            ScoringService scoring,
            ScoringConfig scoringConfig,
            PublishedDimensionService dimensions,
            ReportsConfig reportsConfig,
            SurvivorVoiceConfig config,
            EntityManager em,
            Clock clock,
            ResponseFigureQueries responses,
            CaseFigureQueries cases,
            OutcomeQueries outcomes,
            CollectiveFigureQueries collectives,
            TrainingEffectService trainings,
            TrainingEffectConfig trainingConfig) {
        this.outcomes = outcomes;
        this.trainings = trainings;
        this.trainingConfig = trainingConfig;
        this.responses = responses;
        this.cases = cases;
        this.collectives = collectives;
        this.dimensions = dimensions;
        this.scores = scores;
        this.activity = activity;
        this.directory = directory;
        this.scoringQueries = scoringQueries;
        this.scoring = scoring;
        this.scoringConfig = scoringConfig;
        this.reportsConfig = reportsConfig;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The data of the requested workbook. Throws {@link NotFoundException} for an official edition
     * of an unknown district. Who may ask for which edition is the caller's check.
     *
     * <p>One read transaction, so every sheet reads the same snapshot. A national edition reads a
     * million ratings: about 20 s on an idle 2-core server and over a minute on a loaded one, where
     * the transaction manager's 60 s default aborted it; 15 minutes leaves room without letting a
     * stuck read hold its connection for ever.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ReportData build(ReportRequest request) {
        // nothing here writes: no entity is loaded, and nothing may be flushed
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Edition edition =
                new Edition(
                        request,
                        scores,
                        activity,
                        directory,
                        scoringQueries,
                        scoring,
                        scoringConfig);
        ZoneId zone = config.timeZone();
        // one instant for every as-of rule of the workbook
        Instant now = clock.instant();
        var providers =
                new ProviderSection(edition, activity, scores, scoringConfig, dimensions, zone);
        var summary =
                new SummarySection(edition, activity, scores, scoringConfig, reportsConfig, zone);
        var method = new MethodSection(edition, scores, directory, scoringConfig);
        return new ReportData(
                request,
                cover(edition),
                summary.summary(),
                new OutcomeSection(edition, outcomes, now, zone, scoringConfig.releaseDelay())
                        .outcomes(),
                providers.providers(),
                providers.goodPractice(),
                providers.needsAttention(),
                providers.districts(),
                new TrendSection(edition, scores, scoringQueries, reportsConfig).trends(),
                edition.funder
                        ? List.of()
                        : new CommentSection(edition, activity, directory, scoringConfig)
                                .comments(),
                method.method(),
                method.suppression(),
                directory.categoryNames(),
                new ResponseSection(edition, responses, directory, now, zone).responses(),
                new SafetyDeskSection(edition, cases, directory, now, zone).safetyDesk(),
                new CollectivesSection(edition, collectives, directory, zone).collectives(),
                new TrainingSection(edition, trainings, trainingConfig).training());
    }

    private ReportData.Cover cover(Edition edition) {
        ZoneId zone = config.timeZone();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        return new ReportData.Cover(
                reportsConfig.programmeName(),
                edition.period.toString(),
                edition.funder
                        ? Audience.FUNDER.name()
                        : Audience.OFFICIAL.name() + ": " + edition.districtName,
                edition.funder ? now.toLocalDate().toString() : now.format(MINUTES),
                edition.dataPeriod(),
                edition.request.provisional());
    }
}
