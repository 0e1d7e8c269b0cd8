package org.survivorvoice.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class CategoryTrendChartTest {

    private final CategoryTrendData data =
            new CategoryTrendData(
                    "Score per category",
                    "This district",
                    List.of("2026-Q1", "2026-Q2", "2026-Q3"),
                    List.of(
                            new CategoryTrendData.Line("Police", Arrays.asList(0.5, null, 0.625)),
                            new CategoryTrendData.Line("Hospital", List.of(0.7, 0.75, 0.8))));

    @Test
    void oneRowPerCategoryInPercentWithGapsForUnpublishedQuarters() {
        JFreeChart chart = CategoryTrendChart.chart(data);
        CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();

        assertThat(dataset.getRowKeys()).containsExactly("Police", "Hospital");
        assertThat(dataset.getColumnKeys()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(dataset.getValue("Police", "2026-Q1").doubleValue()).isEqualTo(50.0);
        assertThat(dataset.getValue("Police", "2026-Q2")).isNull();
        assertThat(dataset.getValue("Hospital", "2026-Q3").doubleValue()).isEqualTo(80.0);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getRangeAxis().getRange().getUpperBound()).isEqualTo(100.0);
        assertThat(ChartPng.bytes(chart, 600, 400)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void refusesLinesThatDoNotMatchTheAxisOrAreNotFractions() {
        assertThatThrownBy(
                        () ->
                                new CategoryTrendData(
                                        "t",
                                        "s",
                                        List.of("2026-Q1"),
                                        List.of(
                                                new CategoryTrendData.Line(
                                                        "Police", List.of(0.5, 0.6)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CategoryTrendData.Line("Police", List.of(62.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
