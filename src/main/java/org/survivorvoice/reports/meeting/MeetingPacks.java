package org.survivorvoice.reports.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.excel.WorkbookDownload;
import org.survivorvoice.reports.excel.WorkbookPicture;
import org.survivorvoice.reports.meeting.MeetingPackData.CategoryGaps;

/**
 * Produces the interface meeting pack for the API and the officials' page: the district and quarter
 * checked for the caller, the data read once ({@link MeetingPackService}), then the gap charts and
 * the workbook drawn from that data alone. A pack is small (one district), so it is written in
 * memory and hashed, and the download carries its SHA-256 like an archived workbook.
 */
@ApplicationScoped
public class MeetingPacks {

    private final MeetingPackService service;
    private final MeetingPackWriter writer;

    public MeetingPacks(MeetingPackService service, MeetingPackWriter writer) {
        this.service = service;
        this.writer = writer;
    }

    /** The pack's content for the caller: 400/403/404/422 as {@link MeetingPackService} says. */
    public MeetingPackData data(Long district, Quarter period) {
        long districtId = service.district(district);
        return service.build(districtId, service.period(period));
    }

    /** The workbook of the pack. */
    public WorkbookDownload workbook(Long district, Quarter period) {
        MeetingPackData data = data(district, period);
        List<WorkbookPicture> charts = new ArrayList<>();
        for (CategoryGaps category : data.categories()) {
            if (!category.selfAssessed().isEmpty()) {
                charts.add(new WorkbookPicture(MeetingPackSheets.GAPS, chart(data, category)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writer.write(data, charts, out);
        byte[] bytes = out.toByteArray();
        return WorkbookDownload.of(
                bytes, "meeting-pack-" + data.districtId() + "-" + data.period() + ".xlsx");
    }

    /** The gap chart of one category of the pack as PNG; 404 for a category the pack lacks. */
    public byte[] gapChart(Long district, Quarter period, String category) {
        MeetingPackData data = data(district, period);
        CategoryGaps gaps =
                data.categories().stream()
                        .filter(c -> c.code().equals(category))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Category of the pack"));
        return chart(data, gaps);
    }

    private static byte[] chart(MeetingPackData data, CategoryGaps category) {
        return ChartPng.bytes(
                GapChart.chart(category, data.district(), data.period().toString()),
                GapChart.WIDTH,
                GapChart.height(category));
    }
}
