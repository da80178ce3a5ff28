package com.kpiplatform.measurement.domain;

import java.util.List;
import java.util.SortedMap;

/** A KPI's time series: one bucket per calendar period of the KPI's time zone, empty ones included. */
public record Series(Kpi kpi, Granularity granularity, SortedMap<String, String> dimensions, List<Bucket> buckets) {

    /** The actual of one bucket's period. */
    public record Bucket(ZonedPeriod period, Actual actual) {
    }
}
