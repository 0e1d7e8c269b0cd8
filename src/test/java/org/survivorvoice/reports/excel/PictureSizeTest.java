package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.junit.jupiter.api.Test;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.chart.TrainingEffectChart;

/**
 * The workbook sizes its pictures from the PNG header instead of POI's resize, which decodes the
 * whole image: the anchor and extent must come out exactly as POI's would.
 */
class PictureSizeTest {

    @Test
    void anchorsAndExtentsAreExactlyPoisForPicturesOfEverySize() throws IOException {
        byte[] chart =
                ChartPng.bytes(
                        TrainingEffectChart.chart(SampleReports.training().events().get(0)),
                        ChartPng.WIDTH,
                        ChartPng.HEIGHT);
        List<byte[]> pngs =
                List.of(
                        chart,
                        SampleReports.png(),
                        SampleReports.png(900, 560),
                        SampleReports.png(1, 1),
                        SampleReports.png(641, 17),
                        SampleReports.png(7, 999));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(20)) {
            SXSSFSheet sheet = workbook.createSheet("Pictures");
            // set widths on some columns, Excel's default on the others, as the sheets do
            Map.of(0, 52, 1, 13, 2, 9, 4, 44, 5, 7)
                    .forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
            // rows of their own height under some pictures, some flushed out of the window
            for (int r = 0; r < 60; r++) {
                Row row = sheet.createRow(r);
                if (r % 3 == 0) {
                    row.setHeightInPoints(15 + r % 7 * 4.5f);
                }
            }
            SXSSFDrawing drawing = sheet.createDrawingPatriarch();
            int[][] corners = {{0, 0}, {1, 30}, {3, 45}, {0, 58}, {2, 61}, {6, 200}};
            for (byte[] png : pngs) {
                int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
                for (int[] corner : corners) {
                    SXSSFPicture poi = place(workbook, drawing, index, corner);
                    poi.resize();
                    SXSSFPicture ours = place(workbook, drawing, index, corner);
                    PictureSize.resize(ours, sheet, png);

                    XSSFClientAnchor expected = poi.getClientAnchor();
                    XSSFClientAnchor actual = ours.getClientAnchor();
                    assertThat(PictureSize.pixels(png)).isPresent();
                    assertThat(
                                    List.of(
                                            actual.getCol1(),
                                            actual.getRow1(),
                                            actual.getCol2(),
                                            actual.getRow2(),
                                            actual.getDx1(),
                                            actual.getDy1(),
                                            actual.getDx2(),
                                            actual.getDy2()))
                            .isEqualTo(
                                    List.of(
                                            expected.getCol1(),
                                            expected.getRow1(),
                                            expected.getCol2(),
                                            expected.getRow2(),
                                            expected.getDx1(),
                                            expected.getDy1(),
                                            expected.getDx2(),
                                            expected.getDy2()));
                    var expectedExtent = poi.getCTPicture().getSpPr().getXfrm().getExt();
                    var actualExtent = ours.getCTPicture().getSpPr().getXfrm().getExt();
                    assertThat(actualExtent.getCx()).isEqualTo(expectedExtent.getCx());
                    assertThat(actualExtent.getCy()).isEqualTo(expectedExtent.getCy());
                }
            }
            workbook.dispose();
        }
    }

    @Test
    void readsTheSizeFromTheHeaderAndLeavesOtherPicturesToPoi() {
        assertThat(PictureSize.pixels(SampleReports.png(641, 17)))
                .hasValueSatisfying(size -> assertThat(size).containsExactly(641, 17));
        // a stated resolution would scale the picture: POI's resize handles it
        byte[] plain = SampleReports.png(20, 10);
        byte[] withResolution = new byte[plain.length + 21];
        System.arraycopy(plain, 0, withResolution, 0, 33);
        byte[] phys = {0, 0, 0, 9, 'p', 'H', 'Y', 's', 0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1};
        System.arraycopy(phys, 0, withResolution, 33, phys.length);
        System.arraycopy(plain, 33, withResolution, 33 + 21, plain.length - 33);
        assertThat(PictureSize.pixels(withResolution)).isEmpty();
        assertThat(PictureSize.pixels(new byte[] {1, 2, 3})).isEmpty();
        assertThat(PictureSize.pixels("GIF89a and some more bytes than a header".getBytes()))
                .isEmpty();
    }

    private static SXSSFPicture place(
            SXSSFWorkbook workbook, SXSSFDrawing drawing, int index, int[] corner) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(corner[0]);
        anchor.setRow1(corner[1]);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        return drawing.createPicture(anchor, index);
    }
}
