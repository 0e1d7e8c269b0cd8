package org.survivorvoice.reports.excel;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.CollectivesSheet;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportData.ProviderRow;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ResponseSheet;
import org.survivorvoice.reports.data.SafetyDeskSheet;
import org.survivorvoice.reports.data.TrainingSheet;
import org.survivorvoice.response.ResponseLine;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy.Change;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.training.effect.PublishedEffect;
import org.survivorvoice.training.effect.TrainingEffectView;

/** Hand-built report data for the writer's tests: no database. */
final class SampleReports {

    /** A provider name that is a formula if written naively (SAFETY V3). */
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";

    private SampleReports() {}

    static ReportData funder(boolean provisional) {
        return data(
                new ReportRequest(Quarter.parse("2026-Q2"), Audience.FUNDER, null, provisional));
    }

    static ReportData official() {
        return data(new ReportRequest(Quarter.parse("2026-Q2"), Audience.OFFICIAL, 7L, false));
    }

    static ReportData data(ReportRequest request) {
        boolean official = request.audience() == Audience.OFFICIAL;
        ProviderRow within =
                new ProviderRow(
                        "100017",
                        "Thana Basirhat",
                        "POLICE",
                        "North 24 Parganas",
                        "40-44",
                        0.71,
                        0.62,
                        0.79,
                        Band.WITHIN,
                        Change.SAME);
        ProviderRow formula =
                new ProviderRow(
                        "100025",
                        FORMULA_NAME,
                        "POLICE",
                        "North 24 Parganas",
                        "20-24",
                        0.66,
                        0.55,
                        0.76,
                        Band.WITHIN,
                        Change.UP);
        ProviderRow good =
                new ProviderRow(
                        "100033",
                        "-Sub-divisional hospital",
                        "HOSPITAL",
                        "North 24 Parganas",
                        "60-64",
                        0.91,
                        0.86,
                        0.95,
                        Band.SIGNIFICANTLY_ABOVE,
                        Change.SAME);
        ProviderRow laggard =
                new ProviderRow(
                        "100041",
                        "@Block office",
                        "BLOCK_OFFICE",
                        "North 24 Parganas",
                        "30-34",
                        0.38,
                        0.29,
                        0.47,
                        Band.SIGNIFICANTLY_BELOW,
                        Change.DOWN);
        ProviderRow insufficient =
                new ProviderRow(
                        "100058",
                        "+Panchayat Hingalganj",
                        "PANCHAYAT",
                        "North 24 Parganas",
                        "15-19",
                        0.69,
                        0.55,
                        0.80,
                        Band.INSUFFICIENT_DATA,
                        Change.NONE);
        ProviderRow below =
                new ProviderRow(
                        "100066",
                        "Thana Haroa",
                        "POLICE",
                        "North 24 Parganas",
                        "25-29",
                        0.52,
                        0.41,
                        0.63,
                        Band.BELOW,
                        Change.DOWN);
        List<ProviderRow> providers =
                official
                        ? List.of(within, formula, good, laggard, insufficient, below)
                        : List.of(within, formula, good, laggard, insufficient);
        return data(request, providers, good, laggard, below);
    }

    /**
     * A programme of many providers over several districts and every category, so that sheets run
     * over several printed pages; names and categories as long as real ones.
     */
    static ReportData many(ReportRequest request, int count) {
        boolean official = request.audience() == Audience.OFFICIAL;
        List<String> districts =
                official
                        ? List.of("North 24 Parganas")
                        : List.of(
                                "North 24 Parganas", "South 24 Parganas", "Murshidabad", "Guntur");
        List<String> categories = List.copyOf(CATEGORY_NAMES.keySet());
        Band[] bands = {
            Band.WITHIN, Band.WITHIN, Band.ABOVE, Band.WITHIN, Band.INSUFFICIENT_DATA, Band.BELOW
        };
        List<ProviderRow> providers = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Band band = bands[i % bands.length];
            if (band == Band.BELOW && !official) {
                band = Band.WITHIN;
            }
            double score = 0.45 + (i % 40) / 100.0;
            providers.add(
                    new ProviderRow(
                            String.valueOf(200_000 + i * 7),
                            (i % 3 == 0 ? "Mandal Parishad Development Office, " : "Thana ")
                                    + "Sub-division "
                                    + i,
                            categories.get(i % categories.size()),
                            districts.get(i % districts.size()),
                            (20 + i % 30 / 5 * 5) + "-" + (24 + i % 30 / 5 * 5),
                            score,
                            score - 0.08,
                            score + 0.07,
                            band,
                            Change.values()[i % Change.values().length]));
        }
        ReportData base =
                data(
                        request,
                        providers,
                        providers.get(2),
                        providers.get(5),
                        providers.get(official ? 5 : 0));
        return base;
    }

    private static ReportData data(
            ReportRequest request,
            List<ProviderRow> providers,
            ProviderRow good,
            ProviderRow laggard,
            ProviderRow below) {
        boolean official = request.audience() == Audience.OFFICIAL;
        return new ReportData(
                request,
                new ReportData.Cover(
                        "Survivor Voice test programme",
                        request.period().toString(),
                        official ? "OFFICIAL: North 24 Parganas" : "FUNDER",
                        official ? "2026-08-03 10:15" : "2026-08-03",
                        "2025-Q3 to 2026-Q2",
                        request.provisional()),
                new ReportData.Summary(
                        1_235,
                        410,
                        official ? null : 2_345L,
                        official ? 5 : 40,
                        official ? null : 0.4,
                        0.625,
                        List.of(
                                new ReportData.Share("IVR", 0.2),
                                new ReportData.Share("SMS", 0.5),
                                new ReportData.Share("WEB", 0.3)),
                        official
                                ? List.of(
                                        new ReportData.Share("bn", 0.9),
                                        new ReportData.Share("hi", null),
                                        new ReportData.Share("te", null))
                                : List.of(
                                        new ReportData.Share("bn", 0.7),
                                        new ReportData.Share("hi", 0.3)),
                        providers.size(),
                        1.0 / 6),
                new ReportData.Outcomes(
                        false,
                        List.of(
                                new ReportData.OutcomeRow(
                                        "North 24 Parganas",
                                        Pillar.REHABILITATE,
                                        null,
                                        30,
                                        10,
                                        5,
                                        null),
                                new ReportData.OutcomeRow(
                                        "North 24 Parganas",
                                        Pillar.REHABILITATE,
                                        "Pension",
                                        5,
                                        0,
                                        0,
                                        null),
                                new ReportData.OutcomeRow(
                                        "North 24 Parganas",
                                        Pillar.REHABILITATE,
                                        "Ration card",
                                        25,
                                        10,
                                        5,
                                        21.5))),
                providers,
                List.of(new ReportData.GoodPracticeRow(good, 0.9, 0.85, null, 0.8)),
                new ReportData.NeedsAttention(
                        List.of(laggard),
                        2,
                        official ? List.of(below) : List.of(),
                        official
                                ? List.of(
                                        new ReportData.AlertRow(
                                                "Thana Haroa", "POLICE", LocalDate.of(2026, 5, 14)))
                                : List.of()),
                districts(providers, official),
                new ReportData.Trends(
                        List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"),
                        List.of(
                                new ReportData.TrendRow(
                                        "POLICE",
                                        "North 24 Parganas",
                                        Arrays.asList(null, 0.61, 0.64, 0.66, 0.7, 0.69)))),
                official
                        ? List.of(
                                new ReportData.CommentRow(
                                        "Thana Basirhat",
                                        "POLICE",
                                        "=cmd|' /C calc'!A0 [name] helped quickly"))
                        : List.of(),
                new ReportData.Method(
                        "2025-Q3 to 2026-Q2",
                        0.625,
                        List.of(
                                new ReportData.MethodRow(
                                        "POLICE", "West Bengal", 0.68, 0.0042, 31.2, 120, 14)),
                        List.of(
                                "Data period: 2025-Q3 to 2026-Q2 (a rolling window of 4 quarters)."
                                        + " A valid rating has an overall answer; ratings of"
                                        + " survivors who withdrew consent to reporting are left"
                                        + " out.",
                                "Multiplicity: with I = 120 providers compared, about 0.025 I ="
                                        + " 3.0 fall in each alert band and 0.001 I = 0.1 in each"
                                        + " significant band by chance alone."),
                        11),
                List.of(
                        new ReportData.SuppressionRow(
                                "North 24 Parganas",
                                "POLICE",
                                ReportData.SuppressionReason.FEW_RATINGS,
                                3)),
                CATEGORY_NAMES,
                responses(official),
                safetyDesk(official),
                collectives(official),
                training());
    }

    /** The Collectives sheet: officials their district's site and district rows and the state's. */
    static CollectivesSheet collectives(boolean official) {
        CollectivesSheet.Row site =
                new CollectivesSheet.Row("SITE", "North 24 Parganas", 3, 40, 10, 55, 15);
        CollectivesSheet.Row district =
                new CollectivesSheet.Row("DISTRICT", "North 24 Parganas", 1, 5, 0, 5, 0);
        CollectivesSheet.Row state =
                new CollectivesSheet.Row("STATE", "West Bengal", 1, 10, 0, 15, 5);
        if (official) {
            return new CollectivesSheet(List.of(site, district, state));
        }
        return new CollectivesSheet(
                List.of(
                        new CollectivesSheet.Row("SITE", "Guntur", 2, 25, 5, 20, 10),
                        site,
                        district,
                        state));
    }

    /**
     * The Training sheet: a police sensitisation past the gate (hand-computed: (0.62 - 0.50) -
     * (0.51 - 0.50) = 11 points, interval 4 to 17) and a hospital training below it.
     */
    static TrainingSheet training() {
        TrainingEffectView shown =
                new TrainingEffectView(
                        new TrainingEffectView.Event(
                                41,
                                "2025-Q2",
                                "Victim-centred interviewing",
                                "State police academy",
                                "PROTECT",
                                List.of("POLICE"),
                                6,
                                143),
                        new TrainingEffectView.Quarters(
                                "2025-Q2",
                                List.of("2024-Q4", "2025-Q1"),
                                List.of("2025-Q3", "2025-Q4")),
                        List.of(
                                new TrainingEffectView.Cell(
                                        "TRAINED_BEFORE", true, "BEFORE", "120-124", 0.5),
                                new TrainingEffectView.Cell(
                                        "TRAINED_AFTER", true, "AFTER", "130-134", 0.62),
                                new TrainingEffectView.Cell(
                                        "UNTRAINED_BEFORE", false, "BEFORE", "400-404", 0.5),
                                new TrainingEffectView.Cell(
                                        "UNTRAINED_AFTER", false, "AFTER", "415-419", 0.51)),
                        30,
                        true,
                        11,
                        new TrainingEffectView.EffectInterval(4, 17),
                        List.of(),
                        "After the training, survivors rated trained police stations 11 points"
                                + " higher than before, relative to untrained police stations; 90 %"
                                + " interval 4 to 17 points.",
                        "This is not proof that the training caused the change: other things may"
                                + " have changed for the trained police stations at the same time.",
                        false);
        TrainingEffectView notShown =
                new TrainingEffectView(
                        new TrainingEffectView.Event(
                                42,
                                "2025-Q3",
                                "Survivor-friendly medical examination",
                                "District health society",
                                "REHABILITATE",
                                List.of("HOSPITAL"),
                                2,
                                35),
                        new TrainingEffectView.Quarters(
                                "2025-Q3",
                                List.of("2025-Q1", "2025-Q2"),
                                List.of("2025-Q4", "2026-Q1")),
                        List.of(
                                new TrainingEffectView.Cell(
                                        "TRAINED_BEFORE", true, "BEFORE", "5-9", null),
                                new TrainingEffectView.Cell(
                                        "TRAINED_AFTER", true, "AFTER", "10-14", null),
                                new TrainingEffectView.Cell(
                                        "UNTRAINED_BEFORE", false, "BEFORE", "60-64", null),
                                new TrainingEffectView.Cell(
                                        "UNTRAINED_AFTER", false, "AFTER", "65-69", null)),
                        8,
                        false,
                        null,
                        new TrainingEffectView.EffectInterval(null, null),
                        List.of(
                                new PublishedEffect.Missing("ratings: trained, before", "1-5"),
                                new PublishedEffect.Missing("raters: trained, before", "1-5"),
                                new PublishedEffect.Missing("trained providers", "1")),
                        PublishedEffect.NOT_ENOUGH,
                        "This is not proof that the training caused the change: other things may"
                                + " have changed for the trained hospitals at the same time.",
                        false);
        return new TrainingSheet(List.of(shown, notShown), "2024-Q3", 11, 3);
    }

    /**
     * The Safety desk sheet: officials their district's row, funders two districts (one below the
     * gate of the share and the median) and the cases of no known district.
     */
    static SafetyDeskSheet safetyDesk(boolean official) {
        SafetyDeskSheet.DistrictRow north =
                new SafetyDeskSheet.DistrictRow(
                        "North 24 Parganas", 25, 0.8, 31.0, 5, 5, 0, 0, 5, 10);
        if (official) {
            return new SafetyDeskSheet(false, List.of(north), 11);
        }
        return new SafetyDeskSheet(
                false,
                List.of(
                        new SafetyDeskSheet.DistrictRow("Guntur", 5, null, null, 0, 0, 0, 0, 0, 5),
                        north,
                        new SafetyDeskSheet.DistrictRow(
                                "District not known", 0, null, null, 0, 0, 0, 0, 0, 0)),
                11);
    }

    /** An action text that must never reach a funder. */
    static final String ACTION = "Women constables at the front desk on every shift";

    /**
     * The Responses sheet: officials get their district's row and its responses (one with an action
     * that reads as a formula), funders two districts' rows, one below the gate of the confirmation
     * share and one without any answered provider.
     */
    static ResponseSheet responses(boolean official) {
        ResponseSheet.DistrictRow north =
                new ResponseSheet.DistrictRow("North 24 Parganas", 4, 0.75, 12.5, 0.5, 0.64);
        if (official) {
            return new ResponseSheet(
                    "2026-Q1",
                    false,
                    List.of(north),
                    List.of(
                            new ResponseLine(
                                    "100066",
                                    "Thana Haroa",
                                    ResponseTheme.DIGNITY,
                                    ACTION,
                                    "Station house officer",
                                    LocalDate.of(2026, 5, 31),
                                    ResponseStatus.DONE),
                            new ResponseLine(
                                    "100041",
                                    "@Block office",
                                    ResponseTheme.MONEY_ASKED,
                                    "=1+1 posters on fees",
                                    "Block development officer",
                                    LocalDate.of(2026, 6, 30),
                                    ResponseStatus.PLANNED)));
        }
        return new ResponseSheet(
                "2026-Q1",
                false,
                List.of(
                        new ResponseSheet.DistrictRow("Guntur", 2, 0.0, null, null, null),
                        north,
                        new ResponseSheet.DistrictRow("Murshidabad", 3, 1.0, 4.0, 1.0, null)),
                List.of());
    }

    /** The seeded category names (V1 migration), as the directory reads them. */
    static final Map<String, String> CATEGORY_NAMES =
            new java.util.TreeMap<>(
                    Map.of(
                            "POLICE", "Police station or anti-human-trafficking unit",
                            "PANCHAYAT", "Gram panchayat",
                            "BLOCK_OFFICE", "Block development office",
                            "HOSPITAL", "Hospital",
                            "HEALTH_WORKER", "Health worker",
                            "SOCIAL_WORKER", "Social worker",
                            "LEGAL_AID", "Legal-aid authority or lawyer",
                            "CHILD_WELFARE_COMMITTEE", "Child welfare committee"));

    /** The Districts sheet of these providers, as ProviderSection counts them. */
    private static ReportData.Districts districts(List<ProviderRow> providers, boolean official) {
        Map<List<String>, long[]> cells =
                new java.util.TreeMap<>(
                        java.util.Comparator.comparing((List<String> k) -> k.get(0))
                                .thenComparing(k -> k.get(1)));
        for (ProviderRow p : providers) {
            long[] cell =
                    cells.computeIfAbsent(List.of(p.district(), p.category()), k -> new long[5]);
            cell[0]++;
            switch (p.band()) {
                case WITHIN -> cell[1]++;
                case ABOVE, SIGNIFICANTLY_ABOVE -> cell[2]++;
                case BELOW, SIGNIFICANTLY_BELOW -> cell[3]++;
                case INSUFFICIENT_DATA -> cell[4]++;
            }
        }
        List<ReportData.DistrictCell> rows = new java.util.ArrayList<>();
        cells.forEach(
                (k, c) ->
                        rows.add(
                                new ReportData.DistrictCell(
                                        k.get(0),
                                        k.get(1),
                                        c[0],
                                        (double) c[1] / c[0],
                                        (double) c[2] / c[0],
                                        (double) c[3] / c[0],
                                        (double) c[4] / c[0])));
        return new ReportData.Districts(
                rows, official ? List.of() : List.of(new ReportData.CategoryCount("POLICE", 2)));
    }

    /** A small PNG, as the chart renderer will produce. */
    static byte[] png() {
        return png(320, 200);
    }

    /** A PNG of the given size in pixels, e.g. a chart's 900 x 560. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x21, 0x66, 0xAC));
        g.fillRect(width / 8, height / 5, width / 4, height * 3 / 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
