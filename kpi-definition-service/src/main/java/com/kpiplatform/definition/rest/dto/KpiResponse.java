package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.Aggregation;
import com.kpiplatform.definition.domain.Category;
import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.definition.domain.IndicatorType;
import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.ReviewCadence;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.period.PeriodType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI as the API answers it. Its {@code version} is also its ETag. */
@Schema(name = "Kpi",
        requiredProperties = {"key", "name", "unit", "category", "level", "tags", "indicatorType", "direction",
                "aggregation", "period", "timeZone", "thresholds", "formulaDependencies", "status", "version",
                "createdAt", "createdBy", "updatedAt", "updatedBy"})
public record KpiResponse(
        @Schema(examples = "sales.mrr") String key,
        @Schema(examples = "Monthly recurring revenue") String name,
        String description,
        @Schema(examples = "USD") String unit,
        Category category,
        Level level,
        Owner owner,
        List<String> tags,
        IndicatorType indicatorType,
        Direction direction,
        Aggregation aggregation,
        PeriodType period,
        @Schema(examples = "Europe/Berlin") String timeZone,
        BigDecimal defaultTarget,
        Range range,
        BigDecimal baseline,
        Thresholds thresholds,
        String formula,
        @Schema(description = "The KPI keys the formula depends on, in order of first appearance; empty for measured KPIs.")
        List<String> formulaDependencies,
        @Schema(description = "ISO-8601 duration.", examples = "PT36H", implementation = String.class) Duration staleAfter,
        ReviewCadence reviewEvery,
        Instant lastReviewedAt,
        Status status,
        @Schema(description = "Optimistic-lock version; send it back in If-Match to update.", examples = "3") long version,
        Instant createdAt,
        Actor createdBy,
        Instant updatedAt,
        Actor updatedBy) {

    /** A KPI's lifecycle ({@link com.kpiplatform.definition.domain.KpiLifecycle}) under the schema name clients know. */
    @Schema(name = "KpiStatus")
    public enum Status {
        ACTIVE, ARCHIVED
    }
}
