package com.kpiplatform.alerting.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key result's latest evaluated status. */
@Schema(name = "KeyResultStatus")
public record KeyResultStatus(long keyResultId, long objectiveId, String objective, String title,
        @Schema(examples = "2026-Q4") String period, String ownerTeam, String kpiKey,
        @Schema(description = "ON_TRACK, AT_RISK or OFF_TRACK") String status, BigDecimal progress,
        @Schema(description = "Where progress should be by now (the share of the period passed).") BigDecimal expected,
        Integer confidence, Instant evaluatedAt) {
}
