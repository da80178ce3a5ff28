package com.kpiplatform.measurement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The actuals of a query, in its order, and per KPI the time of its latest measurement (for a
 * calculated KPI, the stalest of its components'); absent for a KPI without any.
 */
public record ActualsWithFreshness(List<PeriodActual> actuals, Map<String, Instant> lastMeasurementAt) {
}
