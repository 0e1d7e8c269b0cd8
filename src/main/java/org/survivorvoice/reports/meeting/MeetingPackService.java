package org.survivorvoice.reports.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.reports.data.DirectoryQueries;
import org.survivorvoice.reports.data.ReportsConfig;
import org.survivorvoice.reports.meeting.MeetingPackData.Action;
import org.survivorvoice.reports.meeting.MeetingPackData.Alert;
import org.survivorvoice.reports.meeting.MeetingPackData.CategoryGaps;
import org.survivorvoice.reports.meeting.MeetingPackData.Dimension;
import org.survivorvoice.reports.meeting.MeetingPackData.Need;
import org.survivorvoice.reports.meeting.MeetingPackData.ProviderGaps;
import org.survivorvoice.reports.meeting.MeetingPackQueries.ActionRow;
import org.survivorvoice.reports.meeting.MeetingPackQueries.SelfAssessment;
import org.survivorvoice.response.ResponseFigures;
import org.survivorvoice.response.ResponseNeed;
import org.survivorvoice.response.ResponseNeedQueries;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.scoring.ProviderScoreView;
import org.survivorvoice.scoring.PublishedDimensionService;
import org.survivorvoice.scoring.PublishedScoreService;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ScoreList;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.alert.DeteriorationAlertService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Builds the interface meeting pack of a district and quarter in one read transaction, from the
 * owners of each part: the scores list and dimension scores as the official's pages publish them,
 * the providers' self-assessments, {@link ResponseNeedQueries} for the providers that need a
 * response, the district's earlier responses with their confirmation share through the disclosure
 * policy, and the quarter's deterioration alerts. Officials get their own district (403 for
 * another) and released quarters; admins any district and any quarter that has begun, provisional
 * until it is released.
 */
@ApplicationScoped
public class MeetingPackService {

    /** Rows per page of the scores list read for the pack. */
    private static final int PAGE = 500;

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffContext staff;
    private final PublishedScoreService scores;
    private final PublishedDimensionService dimensions;
    private final ResponseNeedQueries needs;
    private final DeteriorationAlertService alerts;
    private final MeetingPackQueries queries;
    private final DirectoryQueries directory;
    private final ReleaseCalendar releases;
    private final ProgrammeCalendar calendar;
    private final ScoringConfig scoring;
    private final ReportsConfig reports;
    private final ZoneId zone;
    private final Clock clock;

    public MeetingPackService(
            StaffContext staff,
            PublishedScoreService scores,
            PublishedDimensionService dimensions,
            ResponseNeedQueries needs,
            DeteriorationAlertService alerts,
            MeetingPackQueries queries,
            DirectoryQueries directory,
            ReleaseCalendar releases,
            ProgrammeCalendar calendar,
            ScoringConfig scoring,
            ReportsConfig reports,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.staff = staff;
        this.scores = scores;
        this.dimensions = dimensions;
        this.needs = needs;
        this.alerts = alerts;
        this.queries = queries;
        this.directory = directory;
        this.releases = releases;
        this.calendar = calendar;
        this.scoring = scoring;
        this.reports = reports;
        this.zone = config.timeZone();
        this.clock = clock;
    }

    /**
     * The district a pack may cover: an official's own (403 for another), the admin's choice (400
     * when she gives none).
     */
    public long district(Long requested) {
        return staff.listDistrict(requested)
                .orElseThrow(() -> new InvalidInputException("district", "must be given"));
    }

    /**
     * The quarter of a pack: the one asked for, else the latest released; 422 for one that has not
     * begun, and for officials one not released yet.
     */
    public Quarter period(Quarter requested) {
        Quarter period = requested == null ? releases.latestReleased() : requested;
        if (period.compareTo(calendar.currentQuarter()) > 0) {
            throw new RuleViolatedException("The quarter " + period + " has not begun.");
        }
        if (!staff.hasRole(Roles.ADMIN) && !releases.isReleased(period)) {
            throw new RuleViolatedException("The results of " + period + " are not released yet.");
        }
        return period;
    }

    /** The pack of the district (see {@link #district}) and quarter (see {@link #period}). */
    @Transactional
    public MeetingPackData build(long districtId, Quarter period) {
        String district =
                directory.areaName(districtId).orElseThrow(() -> new NotFoundException("District"));
        Map<String, String> categoryNames = directory.categoryNames();
        return new MeetingPackData(
                reports.programmeName(),
                districtId,
                district,
                period,
                GENERATED.format(clock.instant().atZone(zone)),
                !releases.isReleased(period),
                gaps(districtId, period, categoryNames),
                needs(districtId, period),
                actions(districtId, period),
                alerts.ofQuarter(districtId, period).stream()
                        .map(
                                a ->
                                        new Alert(
                                                a.providerCode(),
                                                a.providerName(),
                                                categoryNames.getOrDefault(
                                                        a.category(), a.category()),
                                                a.firedAt()))
                        .toList());
    }

    private List<CategoryGaps> gaps(
            long districtId, Quarter period, Map<String, String> categoryNames) {
        Map<String, SelfAssessment> selves = new LinkedHashMap<>();
        for (SelfAssessment s : queries.selfAssessments(districtId, period)) {
            selves.put(s.providerCode(), s);
        }
        Map<String, List<ProviderGaps>> byCategory = new LinkedHashMap<>();
        for (ProviderScoreView v : listed(districtId, period)) {
            long id = Provider.findByCode(v.providerCode()).id;
            Map<String, Optional<Double>> published = dimensions.forPublished(id, period, v);
            SelfAssessment self = selves.remove(v.providerCode());
            List<Dimension> questions = new ArrayList<>();
            for (int i = 0; i < PublishedDimensionService.DIMENSIONS.size(); i++) {
                String key = PublishedDimensionService.DIMENSIONS.get(i);
                questions.add(
                        new Dimension(
                                key,
                                published.get(key).orElse(null),
                                self == null ? null : scale(self.answers().get(i + 1))));
            }
            byCategory
                    .computeIfAbsent(v.category(), c -> new ArrayList<>())
                    .add(
                            new ProviderGaps(
                                    v.providerCode(),
                                    v.name(),
                                    v.band(),
                                    v.score(),
                                    self == null ? null : scale(self.answers().get(0)),
                                    self != null,
                                    questions));
        }
        // self-assessed providers the scores list does not show: under the suppression gate
        for (SelfAssessment self : selves.values()) {
            List<Dimension> questions = new ArrayList<>();
            for (int i = 0; i < PublishedDimensionService.DIMENSIONS.size(); i++) {
                questions.add(
                        new Dimension(
                                PublishedDimensionService.DIMENSIONS.get(i),
                                null,
                                scale(self.answers().get(i + 1))));
            }
            byCategory
                    .computeIfAbsent(self.categoryCode(), c -> new ArrayList<>())
                    .add(
                            new ProviderGaps(
                                    self.providerCode(),
                                    self.providerName(),
                                    null,
                                    null,
                                    scale(self.answers().get(0)),
                                    true,
                                    questions));
        }
        List<CategoryGaps> categories = new ArrayList<>();
        byCategory.keySet().stream()
                .sorted()
                .forEach(
                        code ->
                                categories.add(
                                        new CategoryGaps(
                                                code,
                                                categoryNames.getOrDefault(code, code),
                                                byCategory.get(code))));
        return categories;
    }

    /** The scores list of the district, every page, as the scores API gives it. */
    private List<ProviderScoreView> listed(long districtId, Quarter period) {
        List<ProviderScoreView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ScoreList list =
                    scores.list(
                            period,
                            districtId,
                            null,
                            PageRequest.of(String.valueOf(page), String.valueOf(PAGE)),
                            false);
            all.addAll(list.items());
            if ((long) (page + 1) * PAGE >= list.total()) {
                return all;
            }
        }
    }

    /** A self-assessment answer (1-5) on the survivors' 0-1 scale: (answer - 1) / 4. */
    static Double scale(Integer answer) {
        return answer == null ? null : (answer - 1) / 4.0;
    }

    private List<Need> needs(long districtId, Quarter period) {
        List<Need> rows = new ArrayList<>();
        for (ResponseNeed n : needs.of(Optional.of(districtId), period)) {
            rows.add(
                    new Need(
                            n.providerCode(),
                            n.providerName(),
                            n.categoryName(),
                            n.band(),
                            n.alerts(),
                            n.neededSince().atZone(zone).toLocalDate(),
                            n.daysToResponse()));
        }
        return rows;
    }

    private List<Action> actions(long districtId, Quarter period) {
        List<Action> rows = new ArrayList<>();
        for (ActionRow r : queries.actions(districtId, period)) {
            Double confirmed =
                    r.status() == ResponseStatus.DONE
                            ? ResponseFigures.confirmationShare(
                                            r.answers(), r.better(), scoring.minRatings())
                                    .orElse(null)
                            : null;
            rows.add(
                    new Action(
                            r.id(),
                            r.period(),
                            r.providerCode(),
                            r.providerName(),
                            r.theme(),
                            r.actionText(),
                            r.ownerRole(),
                            r.dueDate(),
                            r.status(),
                            r.doneAt() == null ? null : r.doneAt().atZone(zone).toLocalDate(),
                            confirmed));
        }
        return rows;
    }
}
