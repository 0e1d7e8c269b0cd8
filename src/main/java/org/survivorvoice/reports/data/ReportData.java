package org.survivorvoice.reports.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.method.Band;

/**
 * Everything one quarterly workbook shows, already through the disclosure rules of its audience:
 * counts rounded or banded, suppressed providers only counted, flagged providers named only after
 * verification, free text only in official editions and only redacted. Immutable, so renderers
 * (Excel, charts) read it without touching the database and two renderings of the same data agree.
 * A {@code null} share, score or total means "not published" (too few behind it, or withheld).
 *
 * @param request what was asked for
 * @param cover the cover's named cells
 * @param summary the Summary sheet
 * @param outcomes the Outcomes sheet
 * @param providers the Providers sheet: one row per provider past suppression that the audience may
 *     see, ordered by category, band and score (never a rank)
 * @param goodPractice verified good-practice providers
 * @param needsAttention verified laggards, the under-review count and (officials) internal alerts
 * @param districts the district x category matrix of band shares
 * @param trends score per category and district over the last quarters
 * @param comments redacted comments; always empty in funder editions
 * @param method this run's numbers for the methods statement
 * @param suppression suppressed providers per district, category and reason
 * @param categoryNames the names of the provider categories by code ({@code provider_category}):
 *     rows carry codes, sheets show names
 * @param responses the Responses sheet: how districts answered the previous quarter's results
 * @param safetyDesk the Safety desk sheet: the safety cases opened in the quarter, counted
 * @param collectives the Collectives sheet: collectives and their members' figures, counted
 * @param training the Training sheet: training events and their measured effect
 */
public record ReportData(
        ReportRequest request,
        Cover cover,
        Summary summary,
        Outcomes outcomes,
        List<ProviderRow> providers,
        List<GoodPracticeRow> goodPractice,
        NeedsAttention needsAttention,
        Districts districts,
        Trends trends,
        List<CommentRow> comments,
        Method method,
        List<SuppressionRow> suppression,
        Map<String, String> categoryNames,
        ResponseSheet responses,
        SafetyDeskSheet safetyDesk,
        CollectivesSheet collectives,
        TrainingSheet training) {

    public ReportData {
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(safetyDesk, "safetyDesk");
        Objects.requireNonNull(collectives, "collectives");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(needsAttention, "needsAttention");
        Objects.requireNonNull(trends, "trends");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(districts, "districts");
        providers = List.copyOf(providers);
        goodPractice = List.copyOf(goodPractice);
        comments = List.copyOf(comments);
        suppression = List.copyOf(suppression);
        categoryNames = Map.copyOf(categoryNames);
    }

    /** A category's name, or its code when the catalogue has no name for it. */
    public String categoryName(String code) {
        return categoryNames.getOrDefault(code, code);
    }

    /**
     * The cover's named cells.
     *
     * @param programmeName the programme's name
     * @param period the quarter, {@code 2026-Q3}
     * @param audience {@code FUNDER}, or {@code OFFICIAL: <district>}
     * @param generatedAt the generation date (funders) or date and time (officials), as text
     * @param dataPeriod the rolling window the scores cover, {@code 2025-Q4 to 2026-Q3}
     * @param provisional whether the quarter is still inside its release delay
     */
    public record Cover(
            String programmeName,
            String period,
            String audience,
            String generatedAt,
            String dataPeriod,
            boolean provisional) {}

    /**
     * A share of a whole, published only when the whole has enough behind it.
     *
     * @param label what the share is of (a channel, a language)
     * @param share between 0 and 1; null when withheld: the group has fewer ratings than the
     *     disclosure threshold, or its share would let such a group's be recovered by subtraction
     */
    public record Share(String label, Double share) {}

    /**
     * Headline figures. Counts are rounded to five.
     *
     * @param survivorsEnrolled survivors enrolled by the end of the quarter
     * @param encounters encounters dated in the quarter
     * @param ratings valid ratings in the scoring window; null when withheld because it would pin
     *     down suppressed providers' ratings (secondary suppression)
     * @param invitationsSent invitations first sent in the quarter, rounded to five
     * @param responseRate share of the invitations first sent in the quarter that were answered;
     *     null with fewer sent than the disclosure threshold
     * @param verifiedShare share of those ratings tied to a logged encounter; null with too few
     * @param channelMix shares of the ratings by channel; empty with too few
     * @param languages shares of the ratings by language; empty with too few
     * @param providersListed providers past suppression that this edition lists or counts
     * @param insufficientShare share of those providers with band INSUFFICIENT_DATA; null if none
     */
    public record Summary(
            long survivorsEnrolled,
            long encounters,
            Long ratings,
            long invitationsSent,
            Double responseRate,
            Double verifiedShare,
            List<Share> channelMix,
            List<Share> languages,
            long providersListed,
            Double insufficientShare) {

        public Summary {
            channelMix = List.copyOf(channelMix);
            languages = List.copyOf(languages);
        }
    }

    /**
     * Entitlements obtained, as the programmes count them ({@code OutcomeSection}).
     *
     * @param asOfGeneration whether outcomes stand as at the generation (a quarter not yet
     *     released) rather than at the quarter's release
     * @param rows per district (by name) and pillar (in order): the pillar's subtotal, then its
     *     service types by name
     */
    public record Outcomes(boolean asOfGeneration, List<OutcomeRow> rows) {
        public Outcomes {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Distinct survivors with an encounter of the quarter by its outcome, each count rounded to
     * five.
     *
     * @param serviceType the service type's name; null on the pillar's subtotal row, which counts
     *     distinct survivors over the pillar's service types (not the sum of its rows)
     * @param medianDays median days from her first encounter of the service type to the change to
     *     RECEIVED; null when fewer survivors than the disclosure threshold are behind it, and
     *     always on a subtotal row
     */
    public record OutcomeRow(
            String district,
            Pillar pillar,
            String serviceType,
            long received,
            long pending,
            long denied,
            Double medianDays) {

        /** Whether this is a pillar's subtotal row. */
        public boolean subtotal() {
            return serviceType == null;
        }
    }

    /**
     * One provider past suppression.
     *
     * @param ratingsBand valid ratings in the window as a band of five, {@code "20-24"}
     * @param score displayed (shrunken) score, 0 to 1
     * @param low low end of the score's interval
     * @param high high end of the score's interval
     */
    public record ProviderRow(
            String code,
            String name,
            String category,
            String district,
            String ratingsBand,
            double score,
            double low,
            double high,
            Band band,
            DisclosurePolicy.Change change) {}

    /**
     * A verified good-practice provider with what survivors valued: each dimension's mean on 0 to 1
     * ({@code (mean - 1) / 4}); null when no rating answered it.
     */
    public record GoodPracticeRow(
            ProviderRow provider,
            Double dignity,
            Double listened,
            Double timeliness,
            Double outcome) {}

    /**
     * The Needs attention sheet.
     *
     * @param laggards verified laggards (named by the confirmation rule)
     * @param underReview providers flagged but not (yet) verified, counted without names
     * @param belowAlerts officials only: providers in band BELOW or unverified SIGNIFICANTLY_BELOW
     * @param cusumAlerts officials only: deterioration alerts of the district in the quarter
     */
    public record NeedsAttention(
            List<ProviderRow> laggards,
            long underReview,
            List<ProviderRow> belowAlerts,
            List<AlertRow> cusumAlerts) {
        public NeedsAttention {
            laggards = List.copyOf(laggards);
            belowAlerts = List.copyOf(belowAlerts);
            cusumAlerts = List.copyOf(cusumAlerts);
        }
    }

    /** A deterioration alert (official editions only, which may show days). */
    public record AlertRow(String providerName, String category, LocalDate firedOn) {}

    /**
     * The Districts sheet. Counts and shares of providers are not survivor figures, so no threshold
     * withholds them (design/SCORING.md, disclosure control); what a funder may not learn, an
     * unverified flag, is kept out of the cells instead.
     *
     * @param cells one per district and category with providers the edition shows
     * @param underReview funder editions: providers flagged but not verified, per category over all
     *     districts of the edition (never per district); empty in official editions, which show
     *     those providers' bands
     */
    public record Districts(List<DistrictCell> cells, List<CategoryCount> underReview) {
        public Districts {
            cells = List.copyOf(cells);
            underReview = List.copyOf(underReview);
        }
    }

    /**
     * Band shares of the providers of one category in one district; the four shares add up to 1. An
     * official's cell covers every provider compared (past suppression); a funder's covers the
     * providers a funder sees, those of the Providers sheet, so that it says nothing that sheet
     * does not: providers under review are not in it.
     *
     * @param providers providers in the cell (at least one)
     * @param within share WITHIN
     * @param above share ABOVE or SIGNIFICANTLY_ABOVE
     * @param below share BELOW or SIGNIFICANTLY_BELOW; in a funder's cell only verified laggards
     * @param insufficient share INSUFFICIENT_DATA (11 to 19 ratings, no verdict)
     */
    public record DistrictCell(
            String district,
            String category,
            long providers,
            double within,
            double above,
            double below,
            double insufficient) {}

    /** A number of providers of one category. */
    public record CategoryCount(String category, long providers) {}

    /**
     * Pooled share satisfied per category and district, quarter by quarter.
     *
     * @param quarters the quarters, oldest first
     * @param rows one per category and district; each score lines up with {@code quarters}
     */
    public record Trends(List<String> quarters, List<TrendRow> rows) {
        public Trends {
            quarters = List.copyOf(quarters);
            rows = List.copyOf(rows);
        }
    }

    /** A line of the Trends sheet; a null score is a quarter with too few ratings to show. */
    public record TrendRow(String category, String district, List<Double> scores) {
        public TrendRow {
            // List.copyOf refuses nulls, and a null is "not published" here
            scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
        }
    }

    /** A redacted comment of a provider past suppression (official editions only). */
    public record CommentRow(String provider, String category, String text) {}

    /**
     * The methods statement's numbers.
     *
     * @param dataPeriod the rolling window
     * @param verifiedShare share of the window's valid ratings that are verified; null with few
     * @param categories one row per category and comparison area
     * @param statement the statement's paragraphs, with this run's numbers in
     * @param disclosureThreshold the fewest ratings, invitations or encounters behind a published
     *     share, rate or median (the "n < 11" rule): the rule a "not shown" cell names
     */
    public record Method(
            String dataPeriod,
            Double verifiedShare,
            List<MethodRow> categories,
            List<String> statement,
            int disclosureThreshold) {
        public Method {
            categories = List.copyOf(categories);
            statement = List.copyOf(statement);
        }
    }

    /**
     * One comparison group of this run.
     *
     * @param theta0 the category's target, null when it had no valid ratings
     * @param units providers compared (past suppression)
     * @param suppressedUnits providers suppressed
     */
    public record MethodRow(
            String category,
            String comparisonArea,
            Double theta0,
            double tau2,
            double m,
            int units,
            int suppressedUnits) {}

    /** Why a provider was suppressed. */
    public enum SuppressionReason {
        /** Fewer valid ratings than the gate. */
        FEW_RATINGS,
        /** Enough ratings, but fewer distinct raters than the gate. */
        FEW_RATERS
    }

    /** Suppressed providers of one category in one district, for one reason: a count only. */
    public record SuppressionRow(
            String district, String category, SuppressionReason reason, long providers) {}
}
