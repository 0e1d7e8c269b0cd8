package org.survivorvoice.reports.data;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.DistrictResponseFigures;
import org.survivorvoice.response.ResponseFigureQueries;
import org.survivorvoice.response.ResponseFigures;
import org.survivorvoice.response.ResponseLine;

/**
 * The Responses sheet of one edition. The workbook of quarter P reports the responses to the
 * results of P-1 (released during P), as of the end of P, or now for a quarter not yet ended
 * ({@link ResponseFigures#asOf}); the figures themselves are {@link ResponseFigures}'. Action texts
 * are read for officials only.
 */
final class ResponseSection {

    /** The row of a funder's edition, which pools every district. */
    static final String ALL_DISTRICTS = "All districts";

    private final Edition edition;
    private final ResponseFigureQueries queries;
    private final DirectoryQueries directory;
    private final Instant now;
    private final ZoneId zone;

    ResponseSection(
            Edition edition,
            ResponseFigureQueries queries,
            DirectoryQueries directory,
            Instant now,
            ZoneId zone) {
        this.edition = edition;
        this.queries = queries;
        this.directory = directory;
        this.now = now;
        this.zone = zone;
    }

    ResponseSheet responses() {
        Quarter answered = edition.period.previous();
        Instant asOf = ResponseFigures.asOf(edition.period, now, zone);
        // funders read the programme's figures only: per district, they would point to a
        // district's flagged providers before verification (as the Districts sheet explains)
        List<DistrictResponseFigures> figures =
                edition.funder
                        ? queries.programmeFigures(answered, asOf)
                        : queries.figures(edition.district, answered, asOf);
        List<ResponseSheet.DistrictRow> rows = new ArrayList<>();
        for (DistrictResponseFigures f : figures) {
            rows.add(row(edition.funder ? ALL_DISTRICTS : name(f.districtId()), f));
        }
        if (edition.district.isPresent() && rows.isEmpty()) {
            // an official always sees her district's row: "none needed a response" is news too
            rows.add(
                    row(
                            edition.districtName,
                            new DistrictResponseFigures(
                                    edition.district.get(), 0, 0, null, null, null, null)));
        }
        rows.sort(Comparator.comparing(ResponseSheet.DistrictRow::district));
        List<ResponseLine> lines =
                edition.funder
                        ? List.of()
                        : queries.lines(edition.district.orElseThrow(), answered, asOf);
        return new ResponseSheet(answered.toString(), asOf.equals(now), rows, lines);
    }

    private String name(long district) {
        return directory.areaName(district).orElse(String.valueOf(district));
    }

    private static ResponseSheet.DistrictRow row(String name, DistrictResponseFigures f) {
        return new ResponseSheet.DistrictRow(
                name,
                f.needing(),
                f.answeredShare(),
                f.medianDaysToResponse(),
                f.onTimeShare(),
                f.confirmationShare());
    }
}
