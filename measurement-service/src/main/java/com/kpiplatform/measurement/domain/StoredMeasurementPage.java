package com.kpiplatform.measurement.domain;

import java.util.List;

/** One page of raw measurements, with the cursor of the next page (null on the last). */
public record StoredMeasurementPage(List<StoredMeasurement> items, String nextCursor) {
}
