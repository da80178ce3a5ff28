package com.kpiplatform.measurement.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.measurement.domain.Aggregation;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.support.period.PeriodType;
import java.util.List;

/**
 * A KPI as the kpi-definition-service's lookup answers it. A tolerant reader: fields the other
 * service adds later are ignored. Kept public although only client/ uses it: as a package-private
 * record, the first lookup after start was slow enough to trip the client's timeout in tests.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KpiInfo(String key, String status, String unit, Aggregation aggregation, PeriodType period,
        String timeZone, String formula, List<String> formulaDependencies) {

    Kpi toKpi() {
        return new Kpi(key, "ACTIVE".equals(status), unit, aggregation, period, timeZone, formula, formulaDependencies);
    }
}
