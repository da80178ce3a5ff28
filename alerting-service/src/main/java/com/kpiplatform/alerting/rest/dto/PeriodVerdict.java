package com.kpiplatform.alerting.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a KPI met its target in a completed period, decided once when the period closed. */
@Schema(name = "PeriodVerdict", requiredProperties = {"kpiKey", "period", "decidedAt", "status", "missed", "message"})
public record PeriodVerdict(@Schema(examples = "sales.mrr") String kpiKey,
        @Schema(examples = "2026-11") String period, Instant decidedAt,
        @Schema(examples = "OFF_TRACK") String status, boolean missed, BigDecimal actual, BigDecimal target,
        @Schema(examples = "Missed target 120000 for 2026-11: actual 98000 (OFF_TRACK)") String message) {
}
