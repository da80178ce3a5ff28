package com.kpiplatform.measurement.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.measurement.domain.Aggregation;
import com.kpiplatform.support.period.PeriodType;
import java.time.ZoneId;
import java.util.List;

/**
 * What this service needs to know about a KPI, as the kpi-definition-service's lookup answers it.
 * A tolerant reader: fields the other service adds later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KpiInfo(String key, String status, String unit, Aggregation aggregation, PeriodType period,
        String timeZone, String formula, List<String> formulaDependencies) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isCalculated() {
        return formula != null;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
