package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.okr.OkrStatus;
import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key result with its current value, progress and status. */
@Schema(name = "KeyResult",
        requiredProperties = {"id", "objectiveId", "title", "start", "target", "unit", "weight", "source", "progress",
                "status", "stale", "frozen", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"})
public record KeyResultResponse(
        @Schema(examples = "201") long id,
        @Schema(examples = "101") long objectiveId,
        @Schema(examples = "Cut monthly churn from 8 % to 5 %") String title,
        String description,
        @Schema(examples = "8") BigDecimal start,
        @Schema(examples = "5") BigDecimal target,
        @Schema(examples = "%") String unit,
        @Schema(examples = "1") BigDecimal weight,
        @Schema(description = "The linked KPI; null for a check-in driven key result.", examples = "sales.churn-rate")
        String kpiKey,
        @Schema(description = "Where the current value comes from.") Source source,
        @Schema(description = "The latest check-in's value, or the linked KPI's actual over the objective's period; "
                + "null when there is none yet (progress is then 0).", examples = "6.8")
        BigDecimal current,
        @Schema(description = "When the current value was true: the check-in time, or the KPI's latest measurement.")
        Instant currentAsOf,
        @Schema(description = "The latest check-in's confidence, 0–10.", examples = "6") Integer confidence,
        @Schema(description = "(current - start) / (target - start), clamped to [0, 1].", examples = "0.4")
        BigDecimal progress,
        OkrStatus status,
        @Schema(description = "True when the current value is the last one known because the measurement-service "
                + "could not be reached; `reason` says since when.")
        boolean stale,
        @Schema(description = "Why current is null or stale.", examples = "no actual for the KPI in 2026-10 to 2026-11")
        String reason,
        @Schema(description = "The objective's period has closed: progress no longer changes.") boolean frozen,
        @Schema(description = "Version for If-Match; also in the ETag header of a single read.", examples = "0") long version,
        Instant createdAt,
        Actor createdBy,
        Instant updatedAt,
        Actor updatedBy) {

    /** The wire form of {@link com.kpiplatform.definition.domain.okr.KeyResultSource}. */
    public enum Source {
        CHECK_IN, KPI
    }
}
