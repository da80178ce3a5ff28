package com.kpiplatform.measurement.domain;

import java.time.Instant;

/** A stored measurement with the source that wrote it and when it arrived. */
public record StoredMeasurement(Measurement measurement, String source, Instant receivedAt) {
}
