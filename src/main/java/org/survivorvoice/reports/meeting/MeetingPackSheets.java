package org.survivorvoice.reports.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.survivorvoice.reports.excel.SheetCursor;
import org.survivorvoice.reports.excel.WorkbookStyles;
import org.survivorvoice.reports.meeting.MeetingPackData.Action;
import org.survivorvoice.reports.meeting.MeetingPackData.Alert;
import org.survivorvoice.reports.meeting.MeetingPackData.CategoryGaps;
import org.survivorvoice.reports.meeting.MeetingPackData.Dimension;
import org.survivorvoice.reports.meeting.MeetingPackData.Need;
import org.survivorvoice.reports.meeting.MeetingPackData.ProviderGaps;
import org.survivorvoice.response.ResponseStatus;

/**
 * The content of the meeting pack's sheets, row by row through {@link SheetCursor} (so every text
 * is escaped against formula injection and every withheld figure says "not shown" with its rule).
 * Figures are held at their published value: scores and dimension scores in whole percents or steps
 * of 5 %, the confirmation share as the disclosure policy rounds it.
 */
final class MeetingPackSheets {

    static final String GAPS = "Gaps";
    static final String NEEDS = "Needs a response";
    static final String ACTIONS = "Actions";
    static final String ALERTS = "Alerts";

    static final String PROVISIONAL =
            "PROVISIONAL: the quarter is not released yet; figures may change.";

    /** Headers of the Gaps table. */
    static final List<String> GAP_HEADERS =
            List.of("Provider", "Code", "Band", "Question", "Survivors", "Self", "Gap");

    /** Headers of the Needs a response table. */
    static final List<String> NEED_HEADERS =
            List.of("Provider", "Code", "Category", "Band", "Alerts", "Needed since", "Response");

    /** Headers of the Actions tables; the open table stops before "Done on". */
    static final List<String> ACTION_HEADERS =
            List.of(
                    "Quarter",
                    "Provider",
                    "Theme",
                    "Action",
                    "Owner",
                    "Due",
                    "Done on",
                    "Got better");

    /** Headers of the Alerts table. */
    static final List<String> ALERT_HEADERS = List.of("Provider", "Code", "Category", "Fired on");

    private final MeetingPackData data;
    private final WorkbookStyles styles;
    private final CellStyle gap;
    private final CellStyle wrapped;
    private final CellStyle indented;

    MeetingPackSheets(MeetingPackData data, WorkbookStyles styles, Workbook workbook) {
        this.data = data;
        this.styles = styles;
        this.gap = MeetingPackWriter.formatted(workbook, styles.score, "+0%;-0%;0%");
        this.wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(styles.text);
        wrapped.setWrapText(true);
        // text right of a right-aligned number would touch it
        this.indented = workbook.createCellStyle();
        indented.cloneStyleFrom(styles.text);
        indented.setIndention((short) 1);
    }

    /** Column widths of a sheet, in characters. */
    static Map<Integer, Integer> widths(String sheet) {
        return switch (sheet) {
            case GAPS -> Map.of(0, 30, 1, 10, 2, 18, 3, 16, 4, 11, 5, 9, 6, 8);
            case NEEDS -> Map.of(0, 30, 1, 10, 2, 20, 3, 18, 4, 8, 5, 13, 6, 18);
            case ACTIONS -> Map.of(0, 9, 1, 26, 2, 13, 3, 42, 4, 16, 5, 11, 6, 11, 7, 11);
            default -> Map.of(0, 34, 1, 10, 2, 24, 3, 12);
        };
    }

    /** The edition line: programme, district, quarter. */
    static String edition(MeetingPackData data) {
        return data.programmeName()
                + ", interface meeting, "
                + data.district()
                + ", "
                + data.period();
    }

    void titleRows(SheetCursor cursor, String title) {
        cursor.row().text(0, title, styles.title);
        cursor.row().text(0, edition(data), styles.subtitle);
        if (data.provisional()) {
            cursor.row().text(0, PROVISIONAL, styles.provisional);
        } else {
            cursor.skip();
        }
    }

    void write(String sheet, SheetCursor cursor) {
        switch (sheet) {
            case GAPS -> gaps(cursor);
            case NEEDS -> needs(cursor);
            case ACTIONS -> actions(cursor);
            default -> alerts(cursor);
        }
    }

    private void gaps(SheetCursor cursor) {
        cursor.note(
                "Per category, the survivors' published scores beside the provider's own"
                        + " answers, both on one 0-100 scale: a mean answer (1 to 5) counts as"
                        + " (answer - 1) / 4. Gap = self minus survivors. Overall: the survivors'"
                        + " figure is the provider's score (the share satisfied, as the scores"
                        + " list publishes it), so no gap is computed. An empty Self cell: the"
                        + " provider did not assess itself on that question.");
        if (data.categories().isEmpty()) {
            cursor.skip();
            cursor.note("No provider of the district is scored or assessed itself this quarter.");
            return;
        }
        boolean first = true;
        for (CategoryGaps category : data.categories()) {
            cursor.skip();
            cursor.row().text(0, category.name(), styles.subtitle);
            if (first) {
                cursor.header(GAP_HEADERS.toArray(String[]::new)).numeric(4, 5, 6).indented(2);
                first = false;
            } else {
                cursor.row();
                for (int i = 0; i < GAP_HEADERS.size(); i++) {
                    cursor.text(
                            i, GAP_HEADERS.get(i), i >= 4 ? styles.numberHeader : styles.header);
                }
            }
            for (ProviderGaps provider : category.providers()) {
                provider(cursor, provider);
            }
        }
        cursor.skip();
        cursor.notShownNote();
    }

    private void provider(SheetCursor cursor, ProviderGaps provider) {
        cursor.row().text(0, provider.name()).text(1, provider.code());
        if (provider.scored()) {
            cursor.band(2, provider.band());
        } else {
            cursor.text(2, "not scored", styles.note);
        }
        cursor.text(3, "Overall (score)");
        if (provider.scored()) {
            cursor.number(4, provider.score(), styles.score);
        } else {
            cursor.withheld(4, MeetingPackData.NOT_SCORED);
        }
        self(cursor, provider.selfOverall());
        for (Dimension d : provider.dimensions()) {
            cursor.row().text(3, GapChart.label(d.key()));
            if (d.survivors() != null) {
                cursor.number(4, d.survivors(), styles.score);
            } else {
                cursor.withheld(
                        4,
                        provider.scored()
                                ? MeetingPackData.FEW_ANSWERS
                                : MeetingPackData.NOT_SCORED);
            }
            self(cursor, d.self());
            if (d.gap() != null) {
                cursor.number(6, d.gap(), gap);
            }
        }
    }

    private void self(SheetCursor cursor, Double self) {
        if (self != null) {
            cursor.number(5, self, styles.score);
        }
    }

    private void needs(SheetCursor cursor) {
        cursor.note(
                "Providers whose results of "
                        + data.period()
                        + " call for a response: published band below the expected range, or a"
                        + " deterioration alert. They stay listed once answered, with the days"
                        + " the first response took.");
        cursor.skip();
        if (data.needs().isEmpty()) {
            cursor.note("No provider needs a response this quarter.");
            return;
        }
        cursor.header(NEED_HEADERS.toArray(String[]::new)).numeric(4).indented(3, 5);
        for (Need n : data.needs()) {
            cursor.row().text(0, n.providerName()).text(1, n.providerCode()).text(2, n.category());
            if (n.band() != null) {
                cursor.band(3, n.band());
            } else {
                cursor.text(3, "alert only", styles.note);
            }
            cursor.number(4, n.alerts(), styles.integer)
                    .text(5, n.neededSince().toString(), indented)
                    .text(
                            6,
                            n.daysToResponse() == null
                                    ? "waiting"
                                    : "recorded after " + n.daysToResponse() + " days");
        }
    }

    private void actions(SheetCursor cursor) {
        cursor.note(
                "The district's responses to the results of quarters before "
                        + data.period()
                        + ". Got better: the share of the survivors asked after the action who"
                        + " said it got better (yes or a little).");
        List<Action> open = data.actions(ResponseStatus.PLANNED);
        List<Action> done = data.actions(ResponseStatus.DONE);
        cursor.skip();
        cursor.row().text(0, "Open actions", styles.subtitle);
        if (open.isEmpty()) {
            cursor.note("None.");
        } else {
            cursor.header(ACTION_HEADERS.subList(0, 6).toArray(String[]::new));
            for (Action a : open) {
                action(cursor, a);
            }
        }
        cursor.skip();
        cursor.row().text(0, "Done actions", styles.subtitle);
        if (done.isEmpty()) {
            cursor.note("None.");
        } else {
            cursor.header(ACTION_HEADERS.toArray(String[]::new)).numeric(7);
            for (Action a : done) {
                action(cursor, a);
                cursor.text(6, a.doneOn().toString());
                cursor.number(
                        7, a.confirmed(), styles.score, MeetingPackData.FEW_FOLLOW_UP_ANSWERS);
            }
        }
        cursor.skip();
        cursor.notShownNote();
    }

    private void action(SheetCursor cursor, Action a) {
        cursor.row()
                .text(0, a.period().toString())
                .text(1, a.providerName(), wrapped)
                .text(2, words(a.theme().name()))
                .text(3, a.actionText(), wrapped)
                .text(4, a.ownerRole(), wrapped)
                .text(5, a.dueDate().toString());
    }

    private void alerts(SheetCursor cursor) {
        cursor.note(
                "Deterioration alerts of "
                        + data.period()
                        + ": a provider's recent ratings turned worse than its usual (internal,"
                        + " for the district and the programme only).");
        cursor.skip();
        if (data.alerts().isEmpty()) {
            cursor.note("No alert this quarter.");
            return;
        }
        cursor.header(ALERT_HEADERS.toArray(String[]::new));
        for (Alert a : data.alerts()) {
            cursor.row()
                    .text(0, a.providerName())
                    .text(1, a.providerCode())
                    .text(2, a.category())
                    .text(3, a.firedOn().toString());
        }
    }

    /** An enum constant in words: {@code MONEY_ASKED} is "Money asked". */
    static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
