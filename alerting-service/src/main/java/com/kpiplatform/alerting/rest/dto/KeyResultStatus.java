package com.kpiplatform.alerting.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key result's latest evaluated status. */
@Schema(name = "KeyResultStatus",
        requiredProperties = {"keyResultId", "objectiveId", "objective", "title", "period", "status", "evaluatedAt"})
public record KeyResultStatus(long keyResultId, long objectiveId,
        @Schema(examples = "Become the default choice for mid-size retailers") String objective,
        @Schema(examples = "Sign 30 new retail customers") String title,
        @Schema(examples = "2026-Q4") String period, String ownerTeam, String kpiKey,
        @Schema(examples = "ON_TRACK", description = "ON_TRACK, AT_RISK or OFF_TRACK") String status, BigDecimal progress,
        @Schema(description = "Where progress should be by now (the share of the period passed).") BigDecimal expected,
        Integer confidence, Instant evaluatedAt) {
}
