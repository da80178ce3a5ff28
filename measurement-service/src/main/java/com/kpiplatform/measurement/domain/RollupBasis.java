package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import java.time.Instant;
import java.time.ZoneId;

/** The period type and time zone a KPI's rollups are kept in: those of the KPI's definition. */
public record RollupBasis(PeriodType periodType, String timeZone, ZoneId zone) {

    public RollupBasis(PeriodType periodType, String timeZone) {
        this(periodType, timeZone, ZoneId.of(timeZone));
    }

    public Period periodOf(Instant timestamp) {
        return Period.containing(periodType, timestamp, zone);
    }
}
