package com.kpiplatform.measurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SortedMap;

/** A valid measurement: its natural key is (kpiKey, dimensions, timestamp). */
public record Measurement(String kpiKey, Instant timestamp, SortedMap<String, String> dimensions, BigDecimal value) {
}
