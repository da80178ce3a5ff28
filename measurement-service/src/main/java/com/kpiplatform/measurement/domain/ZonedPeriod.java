package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.period.Period;
import java.time.Instant;
import java.time.ZoneId;

/** A period placed in a KPI's time zone: its key and its instants, start inclusive, end exclusive. */
public record ZonedPeriod(String key, Instant start, Instant end) {

    public static ZonedPeriod of(Period period, ZoneId zone) {
        return new ZonedPeriod(period.key(), period.start(zone), period.end(zone));
    }
}
