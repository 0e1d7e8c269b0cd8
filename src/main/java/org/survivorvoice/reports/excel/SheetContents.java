package org.survivorvoice.reports.excel;

import java.util.List;
import java.util.Locale;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportData.ProviderRow;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The tables of each sheet, written below the sheet's title rows. Headers are fixed text; every
 * value comes from the {@link ReportData}, which already holds only what the edition may show.
 * Categories, bands, channels and languages appear in words, not as stored codes. A cell says
 * {@value SheetCursor#NOT_SHOWN} only where a disclosure rule withholds its value, and the same
 * sheet names the rule.
 */
final class SheetContents {

    private final ReportData data;
    private final WorkbookStyles styles;
    private final boolean funder;
    private final int threshold;

    SheetContents(ReportData data, WorkbookStyles styles) {
        this.data = data;
        this.styles = styles;
        this.funder = data.request().audience() == Audience.FUNDER;
        this.threshold = data.method().disclosureThreshold();
    }

    void write(WorkbookSheet sheet, SheetCursor c) {
        switch (sheet) {
            case SUMMARY -> summary(c);
            case OUTCOMES -> new OutcomesTable(data.outcomes(), styles, threshold).write(c);
            case PROVIDERS -> providers(c);
            case GOOD_PRACTICE -> goodPractice(c);
            case NEEDS_ATTENTION -> needsAttention(c);
            case RESPONSES ->
                    new ResponsesTable(data.responses(), styles, funder, threshold).write(c);
            case SAFETY_DESK -> new SafetyDeskTable(data.safetyDesk(), styles, funder).write(c);
            case COLLECTIVES -> new CollectivesTable(data.collectives(), styles).write(c);
            case TRAINING -> new TrainingTable(data.training(), styles).write(c);
            case DISTRICTS -> districts(c);
            case TRENDS -> trends(c);
            case COMMENTS -> comments(c);
            case METHOD -> method(c);
            case SUPPRESSION -> suppression(c);
        }
    }

    // the disclosure rules a "not shown" cell names (design/SCORING.md, disclosure control)

    private String fewRatings() {
        return "fewer than " + threshold + " valid ratings behind the share";
    }

    private String fewInvitations() {
        return "fewer than " + threshold + " invitations sent in the quarter";
    }

    private String fewDimensionAnswers() {
        return "fewer than " + threshold + " ratings, by as many raters, answered the question";
    }

    private String fewInMix() {
        return "fewer than "
                + threshold
                + " valid ratings in the group, or withheld so that such a group's share cannot"
                + " be recovered by subtraction";
    }

    private static String secondarySuppression() {
        return "secondary suppression: the total would reveal suppressed providers' ratings";
    }

    private void summary(SheetCursor c) {
        ReportData.Summary s = data.summary();
        c.header("Indicator", "Value", "Note").numeric(1).indented(2);
        c.row()
                .text(0, "Survivors enrolled by the end of the quarter (rounded to 5)")
                .number(1, s.survivorsEnrolled(), styles.integer);
        c.row()
                .text(0, "Encounters in the quarter (rounded to 5)")
                .number(1, s.encounters(), styles.integer);
        c.row().text(0, "Valid ratings in the scoring window (rounded to 5)");
        if (s.ratings() == null) {
            c.withheld(1, secondarySuppression(), 2);
        } else {
            c.number(1, s.ratings(), styles.integer)
                    .text(2, "Scoring window " + data.method().dataPeriod(), styles.sideNote);
        }
        c.row()
                .text(0, "Invitations to rate sent in the quarter (rounded to 5)")
                .number(1, s.invitationsSent(), styles.integer);
        c.row().text(0, "Invitations to rate answered");
        if (s.responseRate() == null) {
            c.withheld(1, fewInvitations(), 2);
        } else {
            c.number(1, s.responseRate(), styles.percent)
                    .text(2, "Share of the invitations sent in the quarter", styles.sideNote);
        }
        c.row().text(0, "Verified share of ratings");
        if (s.verifiedShare() == null) {
            c.withheld(1, fewRatings(), 2);
        } else {
            c.number(1, s.verifiedShare(), styles.percent)
                    .text(2, "Tied to a logged encounter", styles.sideNote);
        }
        c.row()
                .text(0, "Providers past suppression")
                .number(1, s.providersListed(), styles.integer)
                .text(2, "A count of providers, not of survivors: never withheld", styles.sideNote);
        c.row().text(0, "Share of them with insufficient data");
        if (s.insufficientShare() == null) {
            c.text(1, "no provider", styles.notShown);
        } else {
            c.number(1, s.insufficientShare(), styles.percent)
                    .text(2, "11 to 19 ratings: a score, no verdict", styles.sideNote);
        }
        c.skip();
        shares(c, "Channel", s.channelMix(), SheetContents::channelName);
        c.skip();
        shares(c, "Language", s.languages(), SheetContents::languageName);
        c.notShownNote();
    }

    private void shares(
            SheetCursor c,
            String title,
            List<ReportData.Share> shares,
            java.util.function.UnaryOperator<String> words) {
        c.header(title, "Share of ratings").numeric(1);
        if (shares.isEmpty()) {
            c.row().text(0, "All").withheld(1, fewRatings(), 2);
        }
        for (ReportData.Share share : shares) {
            c.row().text(0, words.apply(share.label()));
            if (share.share() == null) {
                c.withheld(1, fewInMix(), 2);
            } else {
                c.number(1, share.share(), styles.percent);
            }
        }
    }

    private void providers(SheetCursor c) {
        c.header(
                        "Code",
                        "Provider",
                        "Category",
                        "District",
                        "Ratings",
                        "Score",
                        "Low",
                        "High",
                        "Band",
                        "Change since last quarter")
                .numeric(5, 6, 7)
                .indented(8);
        for (ProviderRow p : data.providers()) {
            c.row()
                    .text(0, p.code())
                    .text(1, p.name())
                    .text(2, data.categoryName(p.category()))
                    .text(3, p.district())
                    .text(4, p.ratingsBand())
                    .number(5, p.score(), styles.score)
                    .number(6, p.low(), styles.score)
                    .number(7, p.high(), styles.score)
                    .band(8, p.band())
                    .text(9, change(p.change()));
        }
        if (data.providers().isEmpty()) {
            c.note("No provider is past suppression this quarter.");
        }
        c.note(
                "Providers are ordered by category, band and score; the order is not a rank."
                        + " Ratings: valid ratings in the scoring window, in bands of 5. Low and"
                        + " high: the score's interval. Band: the provider against the range"
                        + " expected for its number of ratings (funnel limits, 95 % and 99.8 %).");
        if (funder) {
            c.note(
                    "Providers flagged by the funnel but not yet verified are under review and"
                            + " not listed; Needs attention counts them.");
        }
    }

    private static String change(DisclosurePolicy.Change change) {
        return switch (change) {
            case UP -> "Up";
            case DOWN -> "Down";
            case SAME -> "Same";
            case NONE -> "No comparison";
        };
    }

    private void goodPractice(SheetCursor c) {
        c.header(
                        "Provider",
                        "Category",
                        "District",
                        "Score",
                        "Dignity",
                        "Listened",
                        "Timeliness",
                        "Outcome")
                .numeric(3, 4, 5, 6, 7);
        for (ReportData.GoodPracticeRow g : data.goodPractice()) {
            ProviderRow p = g.provider();
            c.row()
                    .text(0, p.name())
                    .text(1, data.categoryName(p.category()))
                    .text(2, p.district())
                    .number(3, p.score(), styles.score);
            dimension(c, 4, g.dignity());
            dimension(c, 5, g.listened());
            dimension(c, 6, g.timeliness());
            dimension(c, 7, g.outcome());
        }
        if (data.goodPractice().isEmpty()) {
            c.note("No provider is verified good practice this quarter.");
        }
        c.notShownNote();
        c.note(
                "Verified good practice: significantly above the expected range in this window"
                        + " and the one before, confirmed by a field visit. Dignity, listened,"
                        + " timeliness and outcome: the mean answer on a scale of 0 to 100 %.");
    }

    private void dimension(SheetCursor c, int column, Double mean) {
        if (mean == null) {
            c.withheld(column, fewDimensionAnswers());
        } else {
            c.number(column, mean, styles.score);
        }
    }

    private void needsAttention(SheetCursor c) {
        ReportData.NeedsAttention n = data.needsAttention();
        c.row().text(0, "Verified laggards", styles.subtitle);
        providerTable(c, n.laggards());
        c.skip();
        c.row().text(0, "Under review (not named)").number(1, n.underReview(), styles.integer);
        if (!funder) {
            c.skip();
            c.row().text(0, "Internal alerts: below the funnel, not verified", styles.subtitle);
            providerTable(c, n.belowAlerts());
            c.skip();
            c.row().text(0, "Deterioration alerts (CUSUM) this quarter", styles.subtitle);
            c.header("Provider", "Category", "Fired on");
            for (ReportData.AlertRow a : n.cusumAlerts()) {
                c.row()
                        .text(0, a.providerName())
                        .text(1, data.categoryName(a.category()))
                        .text(2, a.firedOn().toString());
            }
            if (n.cusumAlerts().isEmpty()) {
                c.note("None this quarter.");
            }
        }
        c.note(
                "A provider is named a laggard only when it is significantly below the expected"
                        + " range in this window, was at least below it one quarter earlier, and a"
                        + " field visit confirmed it; until then it is under review, without its"
                        + " name.");
    }

    private void providerTable(SheetCursor c, List<ProviderRow> rows) {
        c.header("Provider", "Category", "District", "Ratings", "Score", "Band")
                .numeric(4)
                .indented(5);
        providerRows(c, rows);
    }

    private void providerRows(SheetCursor c, List<ProviderRow> rows) {
        for (ProviderRow p : rows) {
            c.row()
                    .text(0, p.name())
                    .text(1, data.categoryName(p.category()))
                    .text(2, p.district())
                    .text(3, p.ratingsBand())
                    .number(4, p.score(), styles.score)
                    .band(5, p.band());
        }
        if (rows.isEmpty()) {
            c.note("None this quarter.");
        }
    }

    private void districts(SheetCursor c) {
        ReportData.Districts d = data.districts();
        c.header(
                        "District",
                        "Category",
                        funder ? "Providers shown" : "Providers compared",
                        "Within",
                        "Above",
                        funder ? "Below, verified" : "Below",
                        "Insufficient data")
                .numeric(2, 3, 4, 5, 6);
        for (ReportData.DistrictCell cell : d.cells()) {
            c.row()
                    .text(0, cell.district())
                    .text(1, data.categoryName(cell.category()))
                    .number(2, cell.providers(), styles.integer)
                    .number(3, cell.within(), styles.percent)
                    .number(4, cell.above(), styles.percent)
                    .number(5, cell.below(), styles.percent)
                    .number(6, cell.insufficient(), styles.percent);
        }
        if (d.cells().isEmpty()) {
            c.note("No provider is past suppression this quarter.");
        }
        if (funder) {
            c.note(
                    "Shares of the providers shown on the Providers sheet in each district and"
                            + " category (past suppression; within, above or below the range"
                            + " expected for their number of ratings, or 11 to 19 ratings and no"
                            + " verdict); they add up to 100 %. Below, verified: named laggards"
                            + " only.");
            c.note(
                    "Providers under review (flagged by the funnel, not yet verified) are left out"
                            + " of every district's figures and counted below per category over"
                            + " all districts, as on the category overview chart: a count per"
                            + " district, or a total that included them, would point to a"
                            + " district's flagged provider.");
            c.skip();
            c.row().text(0, "Under review", styles.subtitle);
            c.header("District", "Category", "Providers under review").numeric(2);
            for (ReportData.CategoryCount u : d.underReview()) {
                c.row()
                        .text(0, "All districts")
                        .text(1, data.categoryName(u.category()))
                        .number(2, u.providers(), styles.integer);
            }
            if (d.underReview().isEmpty()) {
                c.note("None this quarter.");
            }
        } else {
            c.note(
                    "Shares of the providers compared (past suppression) in each district and"
                            + " category: within, above or below the range expected for their"
                            + " number of ratings (funnel limits), or 11 to 19 ratings and no"
                            + " verdict; they add up to 100 %.");
        }
        c.note(
                "Counts and shares of providers are not survivor figures: no minimum number"
                        + " withholds them.");
    }

    private void trends(SheetCursor c) {
        List<String> quarters = data.trends().quarters();
        String[] titles = new String[quarters.size() + 2];
        titles[0] = "Category";
        titles[1] = "District";
        for (int i = 0; i < quarters.size(); i++) {
            titles[i + 2] = quarters.get(i);
        }
        c.header(titles);
        for (int i = 0; i < quarters.size(); i++) {
            c.numeric(i + 2);
        }
        for (ReportData.TrendRow t : data.trends().rows()) {
            c.row().text(0, data.categoryName(t.category())).text(1, t.district());
            for (int i = 0; i < t.scores().size(); i++) {
                Double score = t.scores().get(i);
                if (score != null) {
                    c.number(i + 2, score, styles.score);
                }
            }
        }
        if (data.trends().rows().isEmpty()) {
            c.note("No scores in these quarters.");
        }
        c.note(
                "Share of satisfied ratings of the listed providers in each quarter's scoring"
                        + " window. Blank: fewer than "
                        + threshold
                        + " valid ratings behind the quarter's figure, or no listed provider"
                        + " that quarter.");
    }

    private void comments(SheetCursor c) {
        c.header("Provider", "Category", "Comment (redacted)");
        for (ReportData.CommentRow r : data.comments()) {
            c.row()
                    .text(0, r.provider())
                    .text(1, data.categoryName(r.category()))
                    .text(2, r.text());
        }
        if (data.comments().isEmpty()) {
            c.note("No comments this quarter.");
        }
    }

    private void method(SheetCursor c) {
        ReportData.Method m = data.method();
        for (String line : m.statement()) {
            c.note(line);
        }
        c.skip();
        c.header(
                        "Category",
                        "Comparison area",
                        "theta0",
                        "tau2",
                        "m",
                        "Providers compared",
                        "Suppressed")
                .numeric(2, 3, 4, 5, 6);
        for (ReportData.MethodRow r : m.categories()) {
            c.row().text(0, data.categoryName(r.category())).text(1, r.comparisonArea());
            if (r.theta0() == null) {
                c.text(2, "no ratings", styles.notShown);
            } else {
                c.number(2, r.theta0(), styles.percent);
            }
            c.number(3, r.tau2(), styles.tau2)
                    .number(4, r.m(), styles.days)
                    .number(5, r.units(), styles.integer)
                    .number(6, r.suppressedUnits(), styles.integer);
        }
        c.note(
                "theta0: the category's share of satisfied ratings, the target; tau2: the"
                        + " over-dispersion that widens the funnel; m: the weight that shrinks a"
                        + " score towards theta0.");
    }

    private void suppression(SheetCursor c) {
        c.header("District", "Category", "Reason", "Providers suppressed").numeric(3);
        for (ReportData.SuppressionRow r : data.suppression()) {
            c.row()
                    .text(0, r.district())
                    .text(1, data.categoryName(r.category()))
                    .text(
                            2,
                            r.reason() == ReportData.SuppressionReason.FEW_RATINGS
                                    ? "Too few valid ratings"
                                    : "Too few distinct raters")
                    .number(3, r.providers(), styles.integer);
        }
        if (data.suppression().isEmpty()) {
            c.note("No provider is suppressed this quarter.");
        }
        c.note(
                "Suppressed providers are counted only: no score, band or count of their"
                        + " ratings is shown anywhere.");
    }

    /** A channel in words; an unknown channel keeps its code. */
    static String channelName(String code) {
        return switch (code) {
            case "WEB" -> "Web form";
            case "SMS" -> "SMS";
            case "IVR" -> "Phone call (IVR)";
            case "ASSISTED" -> "Assisted by a field worker";
            case "PAPER" -> "Paper form";
            default -> code;
        };
    }

    /** A language code ({@code bn}) in English words ({@code Bengali}). */
    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
