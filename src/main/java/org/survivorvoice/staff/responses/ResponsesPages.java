package org.survivorvoice.staff.responses;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.ResponseNeedList;
import org.survivorvoice.response.ResponseNeedView;
import org.survivorvoice.response.ResponseQueries;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;
import org.survivorvoice.response.ResponseView;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.staff.district.DistrictPageService;
import org.survivorvoice.staff.reports.BandStyle;
import org.survivorvoice.staff.reports.ReportsPages;

/**
 * Assembles the response page of a district and quarter from the responses API's reads, so the page
 * and the API keep the same rules (officials: own district, released quarters only).
 */
@ApplicationScoped
public class ResponsesPages {

    /** What a refused form held, to show it again: a record form or a status form. */
    record Kept(
            String providerCode,
            String theme,
            String action,
            String owner,
            String due,
            Long responseId,
            String reason) {

        static final Kept NONE = new Kept(null, null, null, null, null, null, null);
    }

    private final ResponseQueries responses;
    private final DistrictPageService districts;
    private final ReportsPages reports;
    private final StaffContext staff;
    private final Clock clock;
    private final ZoneId zone;

    public ResponsesPages(
            ResponseQueries responses,
            DistrictPageService districts,
            ReportsPages reports,
            StaffContext staff,
            Clock clock,
            SurvivorVoiceConfig config) {
        this.responses = responses;
        this.staff = staff;
        this.districts = districts;
        this.reports = reports;
        this.clock = clock;
        this.zone = config.timeZone();
    }

    /** The district the page shows: an official's own (403 for another), an admin's pick. */
    java.util.Optional<Long> district(Long requested) {
        return districts.district(requested);
    }

    /** Districts an admin may pick, by name. */
    Map<Long, String> districts() {
        return districts.districts();
    }

    /** The page's data; 403 or 404 (from the reads) for a district or quarter hidden from her. */
    ResponsesPage page(long district, Quarter requested, Kept kept) {
        ResponseNeedList needed = responses.needed(district, requested);
        Quarter period = Quarter.parse(needed.period());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<ResponsesPage.NeedRow> needs = new ArrayList<>();
        for (ResponseNeedView n : needed.items()) {
            boolean mine = n.providerCode().equals(kept.providerCode());
            needs.add(
                    new ResponsesPage.NeedRow(
                            n.providerCode(),
                            n.providerName(),
                            n.category(),
                            n.band() == null ? null : BandStyle.key(n.band()),
                            n.band() == null ? "" : BandStyle.cssClass(n.band()),
                            n.alerts(),
                            n.answered(),
                            n.answered()
                                    ? n.daysToResponse()
                                    : Math.max(0, ChronoUnit.DAYS.between(n.neededSince(), today)),
                            mine ? kept.theme() : null,
                            mine ? kept.action() : "",
                            mine ? kept.owner() : "",
                            mine ? kept.due() : ""));
        }
        List<ResponsesPage.ResponseRow> rows = new ArrayList<>();
        for (ResponseView r : responses.ofDistrict(district, period)) {
            boolean mine = Long.valueOf(r.id()).equals(kept.responseId());
            Instant changed = r.doneAt() != null ? r.doneAt() : r.droppedAt();
            rows.add(
                    new ResponsesPage.ResponseRow(
                            r.id(),
                            r.providerCode(),
                            r.providerName(),
                            r.period(),
                            r.theme().name(),
                            r.actionText(),
                            r.ownerRole(),
                            r.dueDate().toString(),
                            r.status().name(),
                            r.status() == ResponseStatus.PLANNED,
                            changed == null ? null : LocalDate.ofInstant(changed, zone).toString(),
                            mine ? kept.reason() : r.dropReason()));
        }
        List<Quarter> recent = new ArrayList<>();
        Quarter q = reports.latestReleased();
        for (int i = 0; i < 8; i++) {
            recent.add(q);
            q = q.previous();
        }
        return new ResponsesPage(
                district,
                districts.districts().getOrDefault(district, ""),
                period.toString(),
                ReportsPages.offered(recent, period),
                needs,
                rows,
                Arrays.stream(ResponseTheme.values()).map(Enum::name).toList(),
                today.toString(),
                staff.hasRole(Roles.ADMIN));
    }
}
