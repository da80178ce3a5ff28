package com.kpiplatform.alerting.domain.delivery;

import java.math.BigDecimal;
import java.util.List;

/** What a KPI's trend chart draws: its last periods' actuals and targets, oldest first. */
public record KpiSeries(String kpiKey, String name, String unit, String direction, BigDecimal amberTolerancePercent,
        List<Point> points) {

    /** One period: its actual and the target it had (null when unknown). */
    public record Point(String periodKey, BigDecimal actual, BigDecimal target) {
    }
}
