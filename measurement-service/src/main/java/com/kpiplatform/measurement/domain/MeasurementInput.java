package com.kpiplatform.measurement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One measurement as read from a request body, before validation: its fields as they came, and the
 * type errors the reader already found (e.g. a value that is text).
 *
 * @param location where in the body it is, for error messages: {@code [3]}, {@code line 12}; null
 *     for a body of one measurement
 */
public record MeasurementInput(String location, String kpiKey, String timestamp, BigDecimal value,
        Map<String, String> dimensions, List<Violation> readErrors) {
}
