package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The period type and time zone a KPI's rollups are kept in: those of the KPI's definition. */
public record RollupBasis(PeriodType periodType, String timeZone, ZoneId zone) {

    public RollupBasis(PeriodType periodType, String timeZone) {
        this(periodType, timeZone, ZoneId.of(timeZone));
    }

    public Period periodOf(Instant timestamp) {
        return Period.containing(periodType, timestamp, zone);
    }

    /** The periods from the one that holds {@code first} to the one that holds {@code last}. */
    public List<Period> periodsBetween(Instant first, Instant last) {
        List<Period> periods = new ArrayList<>();
        for (Period period = periodOf(first); !period.start(zone).isAfter(last); period = period.next()) {
            periods.add(period);
        }
        return periods;
    }
}
