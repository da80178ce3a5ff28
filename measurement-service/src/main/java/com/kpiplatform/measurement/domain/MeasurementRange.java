package com.kpiplatform.measurement.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One KPI's measurements in [from, to) whose dimensions contain the filter's, e.g. every region of
 * {@code {"tier": "gold"}}; an empty filter takes them all.
 */
public record MeasurementRange(String kpiKey, Instant from, Instant to, Map<String, String> dimensions) {
}
