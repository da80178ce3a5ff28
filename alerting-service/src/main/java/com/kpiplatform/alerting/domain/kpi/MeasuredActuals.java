package com.kpiplatform.alerting.domain.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Actuals in the order they were asked for, and each KPI's latest measurement time (absent when it has none). */
public record MeasuredActuals(List<PeriodActual> actuals, Map<String, Instant> lastMeasurementAt) {
}
