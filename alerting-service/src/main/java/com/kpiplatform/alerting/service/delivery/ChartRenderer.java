package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.delivery.KpiSeries.Point;
import com.kpiplatform.alerting.domain.delivery.KpiSeries;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A KPI's trend as a PNG (JFreeChart): the actual per period, the target line, and around it the
 * amber band (the KPI's tolerance on the losing side of the target).
 */
@ApplicationScoped
public class ChartRenderer {

    static {
        // Charts are drawn off-screen; servers have no display.
        System.setProperty("java.awt.headless", "true");
    }

    public static final int WIDTH = 800;
    public static final int HEIGHT = 400;
    private static final Color ACTUAL = new Color(0x09, 0x69, 0xda);
    private static final Color TARGET = new Color(0x1a, 0x7f, 0x37);
    private static final Color AMBER = new Color(0xd4, 0xa7, 0x2c, 0x66);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public byte[] png(KpiSeries series) {
        List<Point> points = series.points();
        XYSeries actuals = new XYSeries("Actual");
        YIntervalSeries targets = new YIntervalSeries("Target (amber band)");
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (point.actual() != null) {
                actuals.add(i, point.actual().doubleValue());
            }
            if (point.target() != null) {
                BigDecimal[] band = band(point.target(), series);
                targets.add(i, point.target().doubleValue(), band[0].doubleValue(), band[1].doubleValue());
            }
        }
        SymbolAxis periods = new SymbolAxis("Period", points.stream().map(Point::periodKey).toArray(String[]::new));
        periods.setGridBandsVisible(false);
        NumberAxis values = new NumberAxis(series.unit() == null ? "Value" : series.unit());
        values.setAutoRangeIncludesZero(false);

        DeviationRenderer band = new DeviationRenderer(true, true);
        band.setSeriesPaint(0, TARGET);
        band.setSeriesFillPaint(0, AMBER);
        band.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), periods, values, band);
        ((YIntervalSeriesCollection) plot.getDataset(0)).addSeries(targets);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ACTUAL);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setDataset(1, new XYSeriesCollection(actuals));
        plot.setRenderer(1, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd7, 0xde));

        JFreeChart chart = new JFreeChart(series.name() + " (" + series.kpiKey() + ")", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The amber band around a target: the tolerance below it (higher is better) or above it (lower is better). */
    static BigDecimal[] band(BigDecimal target, KpiSeries series) {
        if (series.amberTolerancePercent() == null || series.direction() == null) {
            return new BigDecimal[] {target, target};
        }
        BigDecimal width = target.abs().multiply(series.amberTolerancePercent()).divide(HUNDRED, MathContext.DECIMAL64);
        return switch (series.direction()) {
            case "HIGHER_IS_BETTER" -> new BigDecimal[] {target.subtract(width), target};
            case "LOWER_IS_BETTER" -> new BigDecimal[] {target, target.add(width)};
            default -> new BigDecimal[] {target, target};
        };
    }
}
