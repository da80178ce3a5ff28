package com.kpiplatform.measurement.domain;

import java.util.List;
import java.util.SortedMap;

/**
 * A KPI's actual for one period and dimension filter (empty for all measurements).
 *
 * @param components for a calculated KPI, the actual of each component of its formula; null for a
 *     measured KPI
 */
public record PeriodActual(Kpi kpi, ZonedPeriod period, SortedMap<String, String> dimensions, Actual actual,
        List<PeriodActual> components) {

    public static PeriodActual measured(Kpi kpi, ZonedPeriod period, SortedMap<String, String> dimensions, Actual actual) {
        return new PeriodActual(kpi, period, dimensions, actual, null);
    }

    public static PeriodActual calculated(Kpi kpi, ZonedPeriod period, SortedMap<String, String> dimensions, Actual actual,
            List<PeriodActual> components) {
        return new PeriodActual(kpi, period, dimensions, actual, components);
    }
}
