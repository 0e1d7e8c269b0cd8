package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.ResponseFigures;
import org.survivorvoice.safetydesk.CaseFigureQueries;
import org.survivorvoice.safetydesk.ProviderCaseFigures;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.security.AuditService;

/**
 * Reads the admin's safety-desk workbook of a quarter in one transaction and audits it: the
 * per-district figures through {@link SafetyDeskSection#allDistricts} (so they equal the funder
 * edition's), and per provider the cases that named it, published with the same choices: the
 * disclosure policy has no internal audience for counts (an admin's exact figures are an audited
 * opt-in of the scores API only), so the counts are rounded to five and the share and median gated
 * like the sheet's. The as-of instant is the workbook's one rule: the quarter's end, or now for a
 * quarter not yet ended (then the workbook says it is provisional).
 */
@ApplicationScoped
public class SafetyDeskWorkbookService {

    /** The audit action of a download; the detail is the quarter. */
    public static final String AUDIT_ACTION = "SAFETY_DESK_WORKBOOK_DOWNLOADED";

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseFigureQueries cases;
    private final DirectoryQueries directory;
    private final ProgrammeCalendar calendar;
    private final ScoringConfig scoring;
    private final ReportsConfig reports;
    private final AuditService audit;
    private final ZoneId zone;
    private final Clock clock;

    public SafetyDeskWorkbookService(
            CaseFigureQueries cases,
            DirectoryQueries directory,
            ProgrammeCalendar calendar,
            ScoringConfig scoring,
            ReportsConfig reports,
            AuditService audit,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.calendar = calendar;
        this.scoring = scoring;
        this.reports = reports;
        this.audit = audit;
        this.zone = config.timeZone();
        this.clock = clock;
    }

    /**
     * The workbook's data for the quarter, audited; 400 when no quarter is given or it has not
     * begun (there is nothing to count yet, and an empty workbook would read as "no case").
     */
    @Transactional
    public SafetyDeskWorkbookData build(Quarter period) {
        if (period == null) {
            throw new InvalidInputException("period", "must be given");
        }
        if (period.compareTo(calendar.currentQuarter()) > 0) {
            throw new InvalidInputException("period", "the quarter " + period + " has not begun");
        }
        Instant now = clock.instant();
        int minCell = scoring.minRatings();
        SafetyDeskSheet districts =
                SafetyDeskSection.allDistricts(period, minCell, cases, directory, now, zone);
        Instant asOf = ResponseFigures.asOf(period, now, zone);
        Map<String, String> categories = directory.categoryNames();
        List<SafetyDeskWorkbookData.ProviderRow> providers = new ArrayList<>();
        for (ProviderCaseFigures f : cases.providerFigures(period, asOf)) {
            providers.add(
                    new SafetyDeskWorkbookData.ProviderRow(
                            f.providerCode(),
                            f.providerName(),
                            categories.getOrDefault(f.categoryCode(), f.categoryCode()),
                            f.districtId() == null
                                    ? SafetyDeskSection.DISTRICT_NOT_KNOWN
                                    : directory
                                            .areaName(f.districtId())
                                            .orElse(String.valueOf(f.districtId())),
                            DisclosurePolicy.roundedTotal(f.opened()),
                            DisclosurePolicy.roundedTotal(f.moneyAsked()),
                            SafetyDeskSection.inTimeShare(
                                    f.settled(), f.contactedInTime(), minCell),
                            SafetyDeskSection.medianHours(
                                    f.contacted(), f.medianHoursToContact(), minCell)));
        }
        providers.sort(
                Comparator.comparing(SafetyDeskWorkbookData.ProviderRow::district)
                        .thenComparing(SafetyDeskWorkbookData.ProviderRow::name)
                        .thenComparing(SafetyDeskWorkbookData.ProviderRow::code));
        audit.record(AUDIT_ACTION, "safety_desk", null, period.toString());
        return new SafetyDeskWorkbookData(
                reports.programmeName(),
                period,
                GENERATED.format(now.atZone(zone)),
                districts,
                providers);
    }
}
