package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.Aggregation;
import com.kpiplatform.definition.domain.Category;
import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.support.period.PeriodType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything an evaluator needs about one active KPI at one instant, in one item. */
@Schema(name = "KpiEvaluationView",
        requiredProperties = {"key", "name", "unit", "category", "level", "tags", "direction", "aggregation", "period",
                "timeZone", "thresholds", "formulaDependencies", "currentPeriod", "targetSource"})
public record KpiEvaluationView(
        @Schema(examples = "sales.mrr") String key,
        @Schema(examples = "Monthly recurring revenue") String name,
        @Schema(examples = "USD") String unit,
        Category category,
        Level level,
        Owner owner,
        List<String> tags,
        Direction direction,
        Aggregation aggregation,
        PeriodType period,
        @Schema(examples = "Europe/Berlin") String timeZone,
        Thresholds thresholds,
        Range range,
        @Schema(implementation = String.class, examples = "PT36H") Duration staleAfter,
        String formula,
        List<String> formulaDependencies,
        @Schema(description = "The period the instant falls in, in the KPI's time zone.") PeriodBounds currentPeriod,
        @Schema(examples = "120000") BigDecimal target,
        @Schema(examples = "150000") BigDecimal stretch,
        EffectiveTarget.Source targetSource) {
}
