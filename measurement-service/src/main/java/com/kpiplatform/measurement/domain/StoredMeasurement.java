package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;

/** A stored measurement with the source that wrote it and when it arrived. */
public record StoredMeasurement(Measurement measurement, Actor source, Instant receivedAt) {
}
