package com.kpiplatform.definition.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which period an instant falls in, in the KPI's time zone, and what the KPI aims for then. */
@Schema(name = "EffectiveTarget", requiredProperties = {"kpiKey", "at", "timeZone", "period", "source"})
public record EffectiveTarget(
        @Schema(examples = "sales.mrr") String kpiKey,
        @Schema(examples = "2026-11-21T09:30:00Z") Instant at,
        @Schema(examples = "Europe/Berlin") String timeZone,
        PeriodBounds period,
        @Schema(description = "null when no target applies (source NONE) and for WITHIN_RANGE KPIs.", examples = "120000")
        BigDecimal target,
        @Schema(examples = "150000") BigDecimal stretch,
        @Schema(description = "Where the target comes from.") Source source,
        @Schema(description = "For WITHIN_RANGE KPIs, the range that applies.") Range range) {

    /** The wire form of {@link com.kpiplatform.definition.domain.TargetSource}. */
    public enum Source {
        EXPLICIT, DEFAULT, RANGE, NONE
    }
}
