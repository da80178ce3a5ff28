package com.kpiplatform.alerting.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI's latest evaluation, what a dashboard renders. */
@Schema(name = "ScorecardEntry",
        requiredProperties = {"kpiKey", "name", "tags", "direction", "aggregation", "period", "evaluatedAt", "status",
                "findings"})
public record ScorecardEntry(
        @Schema(examples = "sales.mrr") String kpiKey,
        @Schema(examples = "Monthly recurring revenue") String name,
        @Schema(examples = "USD") String unit,
        String category,
        String level,
        String ownerTeam,
        List<String> tags,
        @Schema(examples = "HIGHER_IS_BETTER") String direction,
        @Schema(examples = "SUM") String aggregation,
        @Schema(examples = "2026-11") String period,
        Instant evaluatedAt,
        @Schema(examples = "ON_TRACK", description = "EXCEEDED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA or NO_TARGET") String status,
        BigDecimal target,
        BigDecimal stretch,
        BigDecimal actual,
        @Schema(description = "Actual against target, percent.") BigDecimal attainment,
        @Schema(description = "SUM/COUNT only: actual against the target due by now, percent.") BigDecimal pace,
        @Schema(description = "SUM/COUNT only: projected end-of-period value.") BigDecimal forecast,
        Trend trend,
        @Schema(description = "Robust anomaly score of the current value against recent periods; null without enough history.")
        Double anomalyScore,
        @Schema(description = "Target realism findings (TARGET_BEYOND_BEST, STRETCH_MET_BY_MEDIAN).") List<Finding> findings,
        String reason) {

    /** The current value (forecast for SUM/COUNT) against the previous period's actual. */
    @Schema(name = "Trend", requiredProperties = {"previous", "change", "movement"})
    public record Trend(BigDecimal previous, BigDecimal change, BigDecimal changePercent,
            @Schema(examples = "UP", description = "UP, DOWN or FLAT (within 0.5 %)") String movement,
            @Schema(description = "Whether the movement is good news given the KPI's direction; null for WITHIN_RANGE.")
            Boolean improving) {
    }

    @Schema(name = "RealismFinding", requiredProperties = {"code", "message"})
    public record Finding(@Schema(examples = "TARGET_BEYOND_BEST") String code,
            @Schema(examples = "The target is above the best period of the last 12 months.") String message) {
    }
}
