package com.kpiplatform.measurement.rest.dto;

import com.kpiplatform.measurement.domain.Aggregation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI's actual for one period: its measurements reduced by its aggregation, or its formula's value. */
@Schema(name = "Actual", requiredProperties = {"kpiKey", "period", "dimensions", "aggregation", "count", "calculated"})
public record ActualResponse(
        @Schema(examples = "sales.mrr") String kpiKey,
        PeriodBounds period,
        @Schema(description = "The dimension filter applied; empty for all measurements.", examples = "{\"region\": \"eu\"}")
        Map<String, String> dimensions,
        Aggregation aggregation,
        @Schema(description = "null when there is no value; `reason` says why. Never a made-up 0 (a COUNT of no "
                + "measurements is 0).", examples = "118250.5")
        BigDecimal value,
        @Schema(description = "Measurements reduced (for calculated KPIs, over all components).", examples = "30")
        long count,
        Instant firstMeasurementAt,
        Instant lastMeasurementAt,
        @Schema(description = "Why value is null.", examples = "no measurements in 2026-11") String reason,
        @Schema(description = "Whether the actual is computed from other KPIs by a formula.") boolean calculated,
        @Schema(description = "For calculated KPIs: the actual of each component of the formula.") List<ActualResponse> components) {
}
