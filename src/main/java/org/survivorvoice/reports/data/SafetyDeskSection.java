package org.survivorvoice.reports.data;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.ResponseFigures;
import org.survivorvoice.safetydesk.CaseFigureQueries;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.DistrictCaseFigures;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The Safety desk sheet of one edition: the cases opened in the reported quarter, as of the end of
 * the quarter or now for a quarter not yet ended (the workbook's one as-of rule, {@link
 * ResponseFigures#asOf}); the exact figures are {@link org.survivorvoice.safetydesk.CaseFigures}',
 * published here through {@link DisclosurePolicy}: the counts rounded to five like every district
 * total, the share a survivor cell, the median only over as many contacts as the gate asks.
 */
public final class SafetyDeskSection {

    /** The row of the cases whose district is not known (neither hers nor the provider's). */
    static final String DISTRICT_NOT_KNOWN = "District not known";

    private final Quarter period;
    private final Optional<Long> district;
    private final String districtName;
    private final int minCell;
    private final CaseFigureQueries queries;
    private final DirectoryQueries directory;
    private final Instant now;
    private final ZoneId zone;

    SafetyDeskSection(
            Edition edition,
            CaseFigureQueries queries,
            DirectoryQueries directory,
            Instant now,
            ZoneId zone) {
        this(
                edition.period,
                edition.district,
                edition.districtName,
                edition.minCell,
                queries,
                directory,
                now,
                zone);
    }

    private SafetyDeskSection(
            Quarter period,
            Optional<Long> district,
            String districtName,
            int minCell,
            CaseFigureQueries queries,
            DirectoryQueries directory,
            Instant now,
            ZoneId zone) {
        this.period = period;
        this.district = district;
        this.districtName = districtName;
        this.minCell = minCell;
        this.queries = queries;
        this.directory = directory;
        this.now = now;
        this.zone = zone;
    }

    /**
     * The sheet of every district, as the funder edition has it: the admin's safety-desk workbook
     * shows the same figures, so its Districts sheet never disagrees with a quarterly workbook.
     */
    public static SafetyDeskSheet allDistricts(
            Quarter period,
            int minCell,
            CaseFigureQueries queries,
            DirectoryQueries directory,
            Instant now,
            ZoneId zone) {
        return new SafetyDeskSection(
                        period, Optional.empty(), null, minCell, queries, directory, now, zone)
                .safetyDesk();
    }

    /**
     * The published share of settled cases contacted within the deadline: a survivor cell of {@link
     * DisclosurePolicy#cellShare}, in whole percents; null below the gate.
     */
    public static Double inTimeShare(long settled, long inTime, int minCell) {
        return DisclosurePolicy.cellShare(settled, inTime, minCell)
                .map(DisclosurePolicy::percent)
                .orElse(null);
    }

    /** The published median hours to the first contact: whole hours, null below the gate. */
    public static Double medianHours(long contacted, Double median, int minCell) {
        return contacted < minCell || median == null ? null : (double) Math.round(median);
    }

    SafetyDeskSheet safetyDesk() {
        Instant asOf = ResponseFigures.asOf(period, now, zone);
        List<DistrictCaseFigures> figures = queries.figures(district, period, asOf);
        List<SafetyDeskSheet.DistrictRow> rows = new ArrayList<>();
        for (DistrictCaseFigures f : figures) {
            rows.add(row(name(f.districtId()), f));
        }
        if (district.isPresent() && rows.isEmpty()) {
            // an official always sees her district's row: "no case opened" is news too
            rows.add(
                    row(
                            districtName,
                            new DistrictCaseFigures(
                                    district.get(), 0, 0, 0, 0, null, Map.of(), 0)));
        }
        // by name, the cases of no known district last
        rows.sort(
                Comparator.comparing(
                                (SafetyDeskSheet.DistrictRow r) ->
                                        r.district().equals(DISTRICT_NOT_KNOWN))
                        .thenComparing(SafetyDeskSheet.DistrictRow::district));
        return new SafetyDeskSheet(asOf.equals(now), rows, minCell);
    }

    private String name(Long district) {
        if (district == null) {
            return DISTRICT_NOT_KNOWN;
        }
        return directory.areaName(district).orElse(String.valueOf(district));
    }

    private SafetyDeskSheet.DistrictRow row(String name, DistrictCaseFigures f) {
        return new SafetyDeskSheet.DistrictRow(
                name,
                DisclosurePolicy.roundedTotal(f.opened()),
                inTimeShare(f.settled(), f.contactedInTime(), minCell),
                medianHours(f.contacted(), f.medianHoursToContact(), minCell),
                rounded(f, CaseOutcome.RESOLVED),
                rounded(f, CaseOutcome.REFERRED_LEGAL_AID),
                rounded(f, CaseOutcome.REFERRED_POLICE),
                rounded(f, CaseOutcome.COULD_NOT_REACH),
                rounded(f, CaseOutcome.DECLINED),
                DisclosurePolicy.roundedTotal(f.stillOpen()));
    }

    private static long rounded(DistrictCaseFigures f, CaseOutcome outcome) {
        return DisclosurePolicy.roundedTotal(f.closedWith(outcome));
    }
}
