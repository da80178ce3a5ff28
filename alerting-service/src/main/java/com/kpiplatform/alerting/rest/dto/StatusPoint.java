package com.kpiplatform.alerting.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI's status at one evaluation: one point of its red/amber/green history. */
@Schema(name = "StatusPoint", requiredProperties = {"evaluatedAt", "period", "status", "elapsed"})
public record StatusPoint(
        Instant evaluatedAt,
        @Schema(examples = "2026-11") String period,
        @Schema(examples = "ON_TRACK",
                description = "EXCEEDED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA or NO_TARGET") String status,
        BigDecimal target,
        BigDecimal stretch,
        @Schema(description = "The period's actual so far.") BigDecimal actual,
        @Schema(description = "The value the status is based on: the forecast for SUM/COUNT KPIs while the period runs.")
        BigDecimal judged,
        @Schema(description = "Actual against target in percent (target / actual for LOWER_IS_BETTER).") BigDecimal attainment,
        @Schema(description = "SUM/COUNT: actual against the share of the target due by now, in percent.") BigDecimal pace,
        @Schema(description = "SUM/COUNT: projected end-of-period value at the current rate.") BigDecimal forecast,
        @Schema(description = "Share of the period passed, 0 to 1.") double elapsed,
        Instant lastMeasurementAt,
        String reason) {
}
