package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert: one per kind, subject, dimensions and period while open. */
@Schema(name = "Alert",
        requiredProperties = {"id", "kind", "subjectType", "subjectKey", "dimensions", "period", "title", "tags",
                "state", "severity", "acknowledged", "openedAt"})
public record AlertResponse(
        @Schema(examples = "7") long id,
        @Schema(examples = "STATUS", description = "STATUS (against target), ANOMALY or SYSTEM") String kind,
        @Schema(examples = "KPI", description = "KPI, KEY_RESULT or SYSTEM") String subjectType,
        @Schema(examples = "sales.mrr") String subjectKey,
        @Schema(examples = "{}") String dimensions,
        @Schema(examples = "2026-11") String period,
        @Schema(examples = "Monthly recurring revenue is OFF_TRACK in 2026-11") String title,
        String ownerTeam,
        String category,
        List<String> tags,
        @Schema(examples = "FIRING", description = "PENDING, FIRING or RESOLVED") String state,
        @Schema(examples = "OFF_TRACK") String status,
        @Schema(examples = "CRITICAL", description = "INFO, WARNING or CRITICAL") String severity,
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
