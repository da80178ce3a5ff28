package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.period.PeriodType;
import java.time.ZoneId;
import java.util.List;

/**
 * What this service knows about a KPI from its definition: whether it takes measurements, how they
 * are aggregated, the period type and time zone of its actuals, and its formula if it is calculated.
 *
 * @param formula null for a measured KPI
 * @param formulaDependencies the keys of the KPIs its formula reads
 */
public record Kpi(String key, boolean active, String unit, Aggregation aggregation, PeriodType period, String timeZone,
        String formula, List<String> formulaDependencies) {

    public boolean isCalculated() {
        return formula != null;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The period type and time zone its rollups are kept in. */
    public RollupBasis rollupBasis() {
        return new RollupBasis(period, timeZone);
    }
}
