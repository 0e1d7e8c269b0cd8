package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * The programme summary of a released quarter for the caller: funders and admins get the funder
 * edition's figures, officials their district's edition. The figures are built by {@link
 * ReportService} exactly as the workbook's, so the disclosure rules of the edition hold here too.
 */
@ApplicationScoped
public class ProgrammeSummaryService {

    private final ReportService reports;
    private final ReleaseCalendar releases;
    private final StaffContext staff;

    public ProgrammeSummaryService(
            ReportService reports, ReleaseCalendar releases, StaffContext staff) {
        this.reports = reports;
        this.releases = releases;
        this.staff = staff;
    }

    /** The newest released quarter, the one a summary shows unless another is asked for. */
    public Quarter latestReleased() {
        return releases.latestReleased();
    }

    /** The released quarters a summary may show, newest first, at most {@code count}. */
    public List<Quarter> releasedQuarters(int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = releases.latestReleased();
        for (int i = 0; i < count; i++) {
            quarters.add(q);
            q = q.previous();
        }
        return quarters;
    }

    /** The summary of a released quarter; 422 for one still inside its release delay. */
    public ProgrammeSummary summary(Quarter period) {
        if (!releases.isReleased(period)) {
            throw new RuleViolatedException(
                    "The results of " + period + " are released after the release delay.");
        }
        ReportRequest request;
        if (staff.hasRole(Roles.ADMIN) || staff.hasRole(Roles.FUNDER)) {
            request = new ReportRequest(period, Audience.FUNDER, null, false);
        } else if (staff.hasRole(Roles.OFFICIAL) && staff.districtScope().isPresent()) {
            request =
                    new ReportRequest(
                            period, Audience.OFFICIAL, staff.districtScope().get(), false);
        } else {
            throw new ForbiddenScopeException("Programme summaries are for officials and funders.");
        }
        return of(reports.build(request));
    }

    /** The summary of built workbook data: its Summary sheet and its provider sheets' names. */
    static ProgrammeSummary of(ReportData data) {
        Map<Band, Long> counts = new EnumMap<>(Band.class);
        data.providers().forEach(p -> counts.merge(p.band(), 1L, Long::sum));
        List<ProgrammeSummary.BandCount> bands = new ArrayList<>();
        counts.forEach((band, n) -> bands.add(new ProgrammeSummary.BandCount(band, n)));
        var attention = data.needsAttention();
        return new ProgrammeSummary(
                data.request().period().toString(),
                data.request().audience(),
                data.request().audience() == Audience.OFFICIAL
                        ? data.cover().audience().substring((Audience.OFFICIAL + ": ").length())
                        : null,
                data.cover().dataPeriod(),
                data.summary(),
                bands,
                attention.underReview(),
                data.goodPractice().stream().map(g -> named(data, g.provider())).toList(),
                attention.laggards().stream().map(p -> named(data, p)).toList(),
                attention.belowAlerts().stream().map(p -> named(data, p)).toList());
    }

    private static ProgrammeSummary.NamedProvider named(ReportData data, ReportData.ProviderRow p) {
        return new ProgrammeSummary.NamedProvider(
                p.code(), p.name(), data.categoryName(p.category()), p.district(), p.band());
    }
}
