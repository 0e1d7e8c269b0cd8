package org.survivorvoice.reports.excel;

import java.util.Locale;
import org.survivorvoice.reports.data.CollectivesSheet;

/**
 * The table of the Collectives sheet: per collective level and district (or state), the
 * collectives, their members, the survivors enrolled through them, their members' ratings and the
 * members who received an entitlement in the quarter. Counts are written as the data holds them:
 * survivor and rating counts at the fives, collectives exact. No collective, member or peer leader
 * is named.
 */
final class CollectivesTable {

    private final CollectivesSheet sheet;
    private final WorkbookStyles styles;

    CollectivesTable(CollectivesSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(SheetCursor c) {
        c.header(
                        "Level",
                        "District (state above district level)",
                        "Collectives",
                        "Members",
                        "Enrolled through peers",
                        "Members' ratings",
                        "Members who received an entitlement")
                .numeric(2, 3, 4, 5, 6);
        for (CollectivesSheet.Row r : sheet.rows()) {
            c.row()
                    .text(0, level(r.level()))
                    .text(1, r.area())
                    .number(2, r.collectives(), styles.integer)
                    .number(3, r.members(), styles.integer)
                    .number(4, r.enrolledThroughPeers(), styles.integer)
                    .number(5, r.memberRatings(), styles.integer)
                    .number(6, r.membersReceived(), styles.integer);
        }
        if (sheet.rows().isEmpty()) {
            c.note("No collective worked in this quarter.");
        }
        c.note(
                "Site collectives work in a gram panchayat or block, and belong to a district"
                        + " collective; district collectives belong to a regional or state one."
                        + " Collectives: active on the last day of the quarter. Members: survivors"
                        + " who were members on that day. Enrolled through peers: survivors"
                        + " enrolled in the quarter who were identified through one of these"
                        + " collectives or its peer leaders. Members' ratings: valid ratings given"
                        + " in the quarter by survivors who were members on the day they rated."
                        + " Members who received an entitlement: members with an encounter dated"
                        + " in the quarter whose outcome is received.");
        c.note(
                "Every count of survivors or ratings is rounded to the nearest five, so rows need"
                        + " not add up; the number of collectives is not a survivor figure and is"
                        + " exact. No collective, member or peer leader is named.");
    }

    /** A level in words. */
    static String level(String code) {
        return switch (code) {
            case "SITE" -> "Site";
            case "DISTRICT" -> "District";
            case "REGIONAL" -> "Regional";
            case "STATE" -> "State";
            default -> code.toLowerCase(Locale.ROOT);
        };
    }
}
