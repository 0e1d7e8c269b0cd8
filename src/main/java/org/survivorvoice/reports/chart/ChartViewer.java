package org.survivorvoice.reports.chart;

import java.util.Objects;
import java.util.Optional;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.scoring.disclosure.Viewer;

/**
 * Whom a chart is drawn for, which decides what it may show: the same rules as the scores API.
 * Passed explicitly (rather than read from the request) so that report jobs, which run without a
 * request, draw the charts of a workbook for its audience.
 *
 * @param kind the viewer's role
 * @param districtId the district an official is limited to; null for admins and funders
 * @param provisional true for the charts of an admin's provisional workbook: the edition's rules,
 *     but for a quarter still inside its release delay
 */
public record ChartViewer(Kind kind, Long districtId, boolean provisional) {

    /** The roles that may read charts. */
    public enum Kind {
        /** Every district, every quarter including unreleased ones, every name. */
        ADMIN,
        /** Her district only, released quarters, every name there including internal alerts. */
        OFFICIAL,
        /**
         * Every district, released quarters; a provider flagged (BELOW or significant) is drawn
         * only as under review, without its name, until the confirmation rule names it.
         */
        FUNDER
    }

    public ChartViewer(Kind kind, Long districtId) {
        this(kind, districtId, false);
    }

    public ChartViewer {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.OFFICIAL) != (districtId != null)) {
            throw new IllegalArgumentException("an official, and only an official, has a district");
        }
    }

    /** An admin. */
    public static ChartViewer admin() {
        return new ChartViewer(Kind.ADMIN, null);
    }

    /** An official of the district. */
    public static ChartViewer official(long districtId) {
        return new ChartViewer(Kind.OFFICIAL, districtId);
    }

    /** A funder. */
    public static ChartViewer funder() {
        return new ChartViewer(Kind.FUNDER, null);
    }

    /** The viewer a workbook edition is written for. */
    public static ChartViewer of(Audience audience, Long districtId) {
        return audience == Audience.FUNDER ? funder() : official(districtId);
    }

    /** The viewer of a workbook: its edition's rules, any quarter when provisional. */
    public static ChartViewer of(ReportRequest request) {
        ChartViewer edition = of(request.audience(), request.districtId());
        return new ChartViewer(edition.kind, edition.districtId, request.provisional());
    }

    /** Whether quarters still inside their release delay may be shown. */
    public boolean seesUnreleased() {
        return kind == Kind.ADMIN || provisional;
    }

    /** Whether flagged providers are shown with their band and name before they are named. */
    public boolean seesFlags() {
        return policyViewer().seesFlags();
    }

    /** The viewer as the disclosure policy knows it. */
    public Viewer policyViewer() {
        return switch (kind) {
            case ADMIN -> Viewer.ADMIN;
            case OFFICIAL -> Viewer.OFFICIAL;
            case FUNDER -> Viewer.FUNDER;
        };
    }

    /**
     * The district a chart may cover: an official's own (403 when she asks for another, as the
     * scores list answers), else what was asked for, empty for all districts.
     */
    public Optional<Long> district(Long requested) {
        if (kind != Kind.OFFICIAL) {
            return Optional.ofNullable(requested);
        }
        if (requested != null && !requested.equals(districtId)) {
            throw new ForbiddenScopeException("You can only see your own district.");
        }
        return Optional.of(districtId);
    }

    /** Passes when an object of the district is visible, else 404 as if it did not exist. */
    public void requireVisible(long objectDistrictId, String what) {
        if (kind == Kind.OFFICIAL && objectDistrictId != districtId) {
            throw new NotFoundException(what);
        }
    }
}
