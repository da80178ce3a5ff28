package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.okr.ObjectiveState;
import com.kpiplatform.definition.domain.okr.OkrStatus;
import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective with its key results, its progress and its status. */
@Schema(name = "Objective",
        requiredProperties = {"id", "title", "period", "timeZone", "periodStart", "periodEnd", "closed", "level",
                "owner", "state", "expectedProgress", "status", "stale", "keyResults", "version", "createdAt",
                "createdBy", "updatedAt", "updatedBy"})
public record ObjectiveResponse(
        @Schema(examples = "101") long id,
        @Schema(examples = "Become the default choice for mid-size retailers") String title,
        String description,
        @Schema(examples = "2026-Q4") String period,
        @Schema(examples = "Europe/Berlin") String timeZone,
        @Schema(description = "When the period starts, in its time zone.", examples = "2026-09-30T22:00:00Z")
        Instant periodStart,
        @Schema(description = "When it ends (exclusive).", examples = "2026-12-31T23:00:00Z") Instant periodEnd,
        @Schema(description = "The period has ended: progress is frozen and check-ins are refused.") boolean closed,
        Level level,
        Owner owner,
        @Schema(description = "The objective this one is aligned to.", examples = "100") Long parentId,
        ObjectiveState state,
        @Schema(description = "Weighted mean of the key results' progress, 0 to 1; null without key results.",
                examples = "0.45")
        BigDecimal progress,
        @Schema(description = "The share of the period that has passed, 0 to 1: where progress should be by now.",
                examples = "0.58")
        BigDecimal expectedProgress,
        @Schema(description = "The worst status of its key results.") OkrStatus status,
        @Schema(description = "True when some key result's value is stale.") boolean stale,
        List<KeyResultResponse> keyResults,
        @Schema(description = "Version for If-Match; also in the ETag header of a single read.", examples = "0") long version,
        Instant createdAt,
        Actor createdBy,
        Instant updatedAt,
        Actor updatedBy) {
}
