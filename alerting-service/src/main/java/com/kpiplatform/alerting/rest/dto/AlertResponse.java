package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert: one per kind, subject, dimensions and period while open. */
@Schema(name = "Alert")
public record AlertResponse(
        @Schema(examples = "7") long id,
        @Schema(description = "STATUS (against target), ANOMALY or SYSTEM") String kind,
        @Schema(description = "KPI, KEY_RESULT or SYSTEM") String subjectType,
        @Schema(examples = "sales.mrr") String subjectKey,
        @Schema(examples = "{}") String dimensions,
        @Schema(examples = "2026-11") String period,
        String title,
        String ownerTeam,
        String category,
        List<String> tags,
        @Schema(description = "PENDING, FIRING or RESOLVED") String state,
        @Schema(examples = "OFF_TRACK") String status,
        @Schema(description = "INFO, WARNING or CRITICAL") String severity,
        boolean acknowledged,
        Actor acknowledgedBy,
        Instant acknowledgedAt,
        Instant openedAt,
        Instant firedAt,
        Instant resolvedAt,
        Instant lastNotifiedAt,
        BigDecimal value,
        BigDecimal target,
        @Schema(description = "Every change, oldest first; only when reading one alert.") List<AlertEvent> timeline) {
}
