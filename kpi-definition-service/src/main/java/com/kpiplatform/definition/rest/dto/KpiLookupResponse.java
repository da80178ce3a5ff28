package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.Aggregation;
import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.support.period.PeriodType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The KPIs found for a lookup (active and archived), and the keys that name no KPI. */
@Schema(name = "KpiLookupResponse", requiredProperties = {"found", "missing"})
public record KpiLookupResponse(List<KpiSummary> found, @Schema(examples = "[\"sales.typo\"]") List<String> missing) {

    /** What the measurement-service needs to accept and aggregate measurements of a KPI. */
    @Schema(name = "KpiSummary",
            requiredProperties = {"key", "status", "unit", "direction", "aggregation", "period", "timeZone",
                    "formulaDependencies"})
    public record KpiSummary(
            @Schema(examples = "sales.mrr") String key,
            KpiResponse.Status status,
            @Schema(examples = "USD") String unit,
            Direction direction,
            Aggregation aggregation,
            PeriodType period,
            @Schema(examples = "Europe/Berlin") String timeZone,
            String formula,
            List<String> formulaDependencies) {
    }
}
