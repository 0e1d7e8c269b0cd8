package org.survivorvoice.reports.excel;

import java.util.List;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportData.ProviderRow;

/**
 * The tables of each sheet, written below the sheet's title rows. Headers are fixed text; every
 * value comes from the {@link ReportData}, which already holds only what the edition may show.
 */
final class SheetContents {

    private final ReportData data;
    private final WorkbookStyles styles;

    SheetContents(ReportData data, WorkbookStyles styles) {
        this.data = data;
        this.styles = styles;
    }

    void write(WorkbookSheet sheet, SheetCursor c) {
        switch (sheet) {
            case SUMMARY -> summary(c);
            case OUTCOMES -> outcomes(c);
            case PROVIDERS -> providers(c);
            case GOOD_PRACTICE -> goodPractice(c);
            case NEEDS_ATTENTION -> needsAttention(c);
            case DISTRICTS -> districts(c);
            case TRENDS -> trends(c);
            case COMMENTS -> comments(c);
            case METHOD -> method(c);
            case SUPPRESSION -> suppression(c);
        }
    }

    private void summary(SheetCursor c) {
        ReportData.Summary s = data.summary();
        c.header("Indicator", "Value");
        c.row()
                .text(0, "Survivors enrolled by the end of the quarter (rounded to 5)")
                .number(1, s.survivorsEnrolled(), styles.integer);
        c.row()
                .text(0, "Encounters in the quarter (rounded to 5)")
                .number(1, s.encounters(), styles.integer);
        c.row()
                .text(0, "Valid ratings in the scoring window (rounded to 5)")
                .number(1, s.ratings() == null ? null : s.ratings().doubleValue(), styles.integer);
        c.row().text(0, "Invitations to rate answered").number(1, s.responseRate(), styles.percent);
        c.row().text(0, "Verified share of ratings").number(1, s.verifiedShare(), styles.percent);
        c.row()
                .text(0, "Providers past suppression")
                .number(1, s.providersListed(), styles.integer);
        c.row()
                .text(0, "Share of them with insufficient data")
                .number(1, s.insufficientShare(), styles.percent);
        c.skip();
        shares(c, "Channel", s.channelMix());
        c.skip();
        shares(c, "Language", s.languages());
    }

    private void shares(SheetCursor c, String title, List<ReportData.Share> shares) {
        c.header(title, "Share of ratings");
        if (shares.isEmpty()) {
            c.row().text(0, SheetCursor.NOT_SHOWN, styles.note);
        }
        for (ReportData.Share share : shares) {
            c.row().text(0, share.label()).number(1, share.share(), styles.percent);
        }
    }

    private void outcomes(SheetCursor c) {
        c.header("District", "Service type", "Received", "Pending", "Denied");
        for (ReportData.OutcomeRow r : data.outcomes().rows()) {
            c.row()
                    .text(0, r.district())
                    .text(1, r.serviceType())
                    .number(2, r.received(), styles.integer)
                    .number(3, r.pending(), styles.integer)
                    .number(4, r.denied(), styles.integer);
        }
        c.row().text(0, "Counts are rounded to the nearest 5.", styles.note);
        c.skip();
        c.header("Service type", "Median days to outcome");
        for (ReportData.MedianRow r : data.outcomes().medians()) {
            c.row().text(0, r.serviceType()).number(1, r.medianDays(), styles.days);
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
                "Change");
        for (ProviderRow p : data.providers()) {
            c.row()
                    .text(0, p.code())
                    .text(1, p.name())
                    .text(2, p.category())
                    .text(3, p.district())
                    .text(4, p.ratingsBand())
                    .number(5, p.score(), styles.score)
                    .number(6, p.low(), styles.score)
                    .number(7, p.high(), styles.score)
                    .band(8, p.band())
                    .text(9, p.change().name());
        }
        c.row()
                .text(
                        0,
                        "Providers are ordered by category, band and score; the order is not a"
                                + " rank. Low and high: the score's interval.",
                        styles.note);
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
                "Outcome");
        for (ReportData.GoodPracticeRow g : data.goodPractice()) {
            ProviderRow p = g.provider();
            c.row()
                    .text(0, p.name())
                    .text(1, p.category())
                    .text(2, p.district())
                    .number(3, p.score(), styles.score)
                    .number(4, g.dignity(), styles.score)
                    .number(5, g.listened(), styles.score)
                    .number(6, g.timeliness(), styles.score)
                    .number(7, g.outcome(), styles.score);
        }
        if (data.goodPractice().isEmpty()) {
            c.row().text(0, "No provider is verified good practice this quarter.", styles.note);
        }
    }

    private void needsAttention(SheetCursor c) {
        ReportData.NeedsAttention n = data.needsAttention();
        c.row().text(0, "Verified laggards", styles.subtitle);
        providerTable(c, n.laggards());
        c.skip();
        c.row()
                .text(0, "Under review (flagged, not yet verified; not named)")
                .number(1, n.underReview(), styles.integer);
        if (data.request().audience() == org.survivorvoice.reports.Audience.OFFICIAL) {
            c.skip();
            c.row().text(0, "Internal alerts: below the funnel, not verified", styles.subtitle);
            providerTable(c, n.belowAlerts());
            c.skip();
            c.row().text(0, "Deterioration alerts (CUSUM) this quarter", styles.subtitle);
            c.header("Provider", "Category", "Fired on");
            for (ReportData.AlertRow a : n.cusumAlerts()) {
                c.row()
                        .text(0, a.providerName())
                        .text(1, a.category())
                        .text(2, a.firedOn().toString());
            }
        }
    }

    private void providerTable(SheetCursor c, List<ProviderRow> rows) {
        c.header("Provider", "Category", "District", "Ratings", "Score", "Band");
        for (ProviderRow p : rows) {
            c.row()
                    .text(0, p.name())
                    .text(1, p.category())
                    .text(2, p.district())
                    .text(3, p.ratingsBand())
                    .number(4, p.score(), styles.score)
                    .band(5, p.band());
        }
        if (rows.isEmpty()) {
            c.row().text(0, "None this quarter.", styles.note);
        }
    }

    private void districts(SheetCursor c) {
        c.header("District", "Category", "Providers", "Within", "Above", "Below");
        for (ReportData.DistrictCell d : data.districts()) {
            c.row()
                    .text(0, d.district())
                    .text(1, d.category())
                    .number(2, d.providers(), styles.integer)
                    .number(3, d.within(), styles.percent)
                    .number(4, d.above(), styles.percent)
                    .number(5, d.below(), styles.percent);
        }
        c.row()
                .text(
                        0,
                        "Shares of the providers with 20 or more ratings; not shown for cells with"
                                + " too few of them.",
                        styles.note);
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
        for (ReportData.TrendRow t : data.trends().rows()) {
            c.row().text(0, t.category()).text(1, t.district());
            for (int i = 0; i < t.scores().size(); i++) {
                Double score = t.scores().get(i);
                if (score != null) {
                    c.number(i + 2, score, styles.score);
                }
            }
        }
        c.row()
                .text(
                        0,
                        "Share of satisfied ratings of the listed providers in each quarter's"
                                + " window; empty where a quarter has too few.",
                        styles.note);
    }

    private void comments(SheetCursor c) {
        c.header("Provider", "Category", "Comment (redacted)");
        for (ReportData.CommentRow r : data.comments()) {
            c.row().text(0, r.provider()).text(1, r.category()).text(2, r.text());
        }
        if (data.comments().isEmpty()) {
            c.row().text(0, "No comments this quarter.", styles.note);
        }
    }

    private void method(SheetCursor c) {
        ReportData.Method m = data.method();
        for (String line : m.statement()) {
            c.row().text(0, line, styles.note);
        }
        c.skip();
        c.header(
                "Category",
                "Comparison area",
                "theta0",
                "tau2",
                "m",
                "Providers compared",
                "Suppressed");
        for (ReportData.MethodRow r : m.categories()) {
            c.row()
                    .text(0, r.category())
                    .text(1, r.comparisonArea())
                    .number(2, r.theta0(), styles.percent)
                    .number(3, r.tau2(), styles.tau2)
                    .number(4, r.m(), styles.days)
                    .number(5, r.units(), styles.integer)
                    .number(6, r.suppressedUnits(), styles.integer);
        }
    }

    private void suppression(SheetCursor c) {
        c.header("District", "Category", "Reason", "Providers suppressed");
        for (ReportData.SuppressionRow r : data.suppression()) {
            c.row()
                    .text(0, r.district())
                    .text(1, r.category())
                    .text(
                            2,
                            r.reason() == ReportData.SuppressionReason.FEW_RATINGS
                                    ? "Too few valid ratings"
                                    : "Too few distinct raters")
                    .number(3, r.providers(), styles.integer);
        }
        c.row()
                .text(
                        0,
                        "Suppressed providers are counted only: no score, band or count of their"
                                + " ratings is shown anywhere.",
                        styles.note);
    }
}
