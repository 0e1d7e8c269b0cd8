package org.survivorvoice.staff.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.area.AreaService;
import org.survivorvoice.area.AreaView;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ProgrammeSummary;
import org.survivorvoice.reports.data.ProgrammeSummaryService;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.jobs.ArchivedReportService;
import org.survivorvoice.reports.jobs.ArchivedReportView;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Puts {@code /staff/reports} together from the services the API uses: the programme summary
 * (through the viewer's workbook data, so its disclosure rules), the archive and the quarters she
 * may order. Prints numbers as the workbook does: percentages whole, "not shown" where withheld.
 */
@ApplicationScoped
public class ReportsPages {

    /** Released quarters offered in the summary's quarter picker. */
    static final int PERIODS_OFFERED = 8;

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProgrammeSummaryService summaries;
    private final ArchivedReportService archive;
    private final AreaService areas;
    private final StaffContext staff;
    private final ProgrammeCalendar calendar;
    private final ScoringService scoring;
    private final ZoneId zone;

    public ReportsPages(
            ProgrammeSummaryService summaries,
            ArchivedReportService archive,
            AreaService areas,
            StaffContext staff,
            ProgrammeCalendar calendar,
            ScoringService scoring,
            SurvivorVoiceConfig config) {
        this.summaries = summaries;
        this.archive = archive;
        this.areas = areas;
        this.staff = staff;
        this.calendar = calendar;
        this.scoring = scoring;
        this.zone = config.timeZone();
    }

    /** The newest released quarter: the page's default. */
    public Quarter latestReleased() {
        return summaries.latestReleased();
    }

    /** The page for a released quarter (422 from the service for one that is not released). */
    public ReportsView view(Quarter period) {
        ProgrammeSummary summary = summaries.summary(period);
        // the window as quarters, not the workbook's English "2025-Q4 to 2026-Q3"
        List<Quarter> window = scoring.window(period);
        boolean admin = staff.hasRole(Roles.ADMIN);
        Map<Long, String> districtNames = districtNames();
        List<ArchivedReportView> archived = archive.list(null);
        return new ReportsView(
                summary.period(),
                offered(summaries.releasedQuarters(PERIODS_OFFERED), period),
                summary.audience() == Audience.FUNDER
                        ? "reports.edition.funder"
                        : "reports.edition.official",
                summary.districtName(),
                window.get(0) + " – " + period,
                figures(summary.summary()),
                summary.bands().stream()
                        .map(
                                b ->
                                        new ReportsView.BandRow(
                                                BandStyle.cssClass(b.band()),
                                                BandStyle.key(b.band()),
                                                b.providers()))
                        .toList(),
                summary.underReview(),
                rows(summary.goodPractice()),
                rows(summary.laggards()),
                rows(summary.alerts()),
                archived.stream().map(r -> archiveRow(r, districtNames)).toList(),
                admin || staff.hasRole(Roles.OFFICIAL) ? orderForm(admin, districtNames) : null);
    }

    /**
     * The quarters a picker offers, newest first, with the one shown among them: an older quarter
     * opened by its address would otherwise sit under the picker's first, different, quarter.
     */
    public static List<String> offered(List<Quarter> quarters, Quarter shown) {
        List<Quarter> offered = new ArrayList<>(quarters);
        if (!offered.contains(shown)) {
            offered.add(shown);
        }
        return offered.stream().sorted(Comparator.reverseOrder()).map(Quarter::toString).toList();
    }

    /** The order form of an admin: every edition, district and quarter up to the open one. */
    public ReportsView.OrderForm adminOrderForm() {
        return orderForm(true, districtNames());
    }

    private ReportsView.OrderForm orderForm(boolean admin, Map<Long, String> districtNames) {
        return new ReportsView.OrderForm(
                orderPeriods(admin),
                admin,
                admin
                        ? districtNames.entrySet().stream()
                                .map(
                                        e ->
                                                new ReportsView.Choice(
                                                        e.getKey().toString(), e.getValue()))
                                .sorted((a, b) -> a.label().compareTo(b.label()))
                                .toList()
                        : List.of());
    }

    private List<String> orderPeriods(boolean admin) {
        // admins may order the open quarter (provisional), others released quarters only
        Quarter newest = admin ? calendar.currentQuarter() : summaries.latestReleased();
        List<String> quarters = new ArrayList<>();
        Quarter q = newest;
        for (int i = 0; i < PERIODS_OFFERED; i++) {
            quarters.add(q.toString());
            q = q.previous();
        }
        return quarters;
    }

    private static List<ReportsView.Figure> figures(ReportData.Summary s) {
        List<ReportsView.Figure> figures = new ArrayList<>();
        figures.add(count("reports.figure.survivors", s.survivorsEnrolled()));
        figures.add(count("reports.figure.encounters", s.encounters()));
        figures.add(
                s.ratings() == null
                        ? new ReportsView.Figure("reports.figure.ratings", null)
                        : count("reports.figure.ratings", s.ratings()));
        figures.add(count("reports.figure.invitations", s.invitationsSent()));
        figures.add(share("reports.figure.response-rate", s.responseRate()));
        figures.add(share("reports.figure.verified-share", s.verifiedShare()));
        figures.add(count("reports.figure.providers", s.providersListed()));
        figures.add(share("reports.figure.insufficient-share", s.insufficientShare()));
        return figures;
    }

    private static ReportsView.Figure count(String key, long value) {
        return new ReportsView.Figure(key, String.format("%,d", value));
    }

    /** A share as the workbook prints it; a null value is printed "not shown" by the template. */
    private static ReportsView.Figure share(String key, Double value) {
        return new ReportsView.Figure(
                key,
                value == null ? null : Math.round(DisclosurePolicy.percent(value) * 100) + " %");
    }

    private static List<ReportsView.ProviderRow> rows(List<ProgrammeSummary.NamedProvider> named) {
        return named.stream()
                .map(
                        p ->
                                new ReportsView.ProviderRow(
                                        p.code(),
                                        p.name(),
                                        p.category(),
                                        p.district(),
                                        BandStyle.cssClass(p.band()),
                                        BandStyle.key(p.band())))
                .toList();
    }

    private ReportsView.ArchiveRow archiveRow(ArchivedReportView r, Map<Long, String> districts) {
        return new ReportsView.ArchiveRow(
                r.reportId(),
                r.period(),
                r.audience() == Audience.FUNDER
                        ? "reports.edition.funder"
                        : "reports.edition.official",
                r.district() == null
                        ? null
                        : districts.getOrDefault(r.district(), "#" + r.district()),
                r.provisional(),
                MINUTES.format(r.generatedAt().atZone(zone)),
                kilobytes(r.sizeBytes()),
                r.sha256());
    }

    private static String kilobytes(long bytes) {
        return String.format("%,d KB", Math.max(1, Math.round(bytes / 1024.0)));
    }

    private Map<Long, String> districtNames() {
        Map<Long, String> names = new HashMap<>();
        for (AreaView district :
                areas.list(AreaLevel.DISTRICT, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items()) {
            names.put(district.id(), district.name());
        }
        return names;
    }
}
