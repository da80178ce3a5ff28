package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a KPI's audit history. */
@Schema(name = "KpiChange", requiredProperties = {"changedAt", "changedBy", "action"})
public record KpiChange(
        @Schema(examples = "2026-11-21T09:30:00Z") Instant changedAt,
        Actor changedBy,
        @Schema(enumeration = {"CREATED", "UPDATED", "ARCHIVED", "RESTORED", "TARGET_SET", "TARGET_DELETED", "REVIEWED"},
                examples = "TARGET_SET") String action,
        @Schema(description = "The changed field as a JSON path; targets as targets[<period>].target.",
                examples = "targets[2026-11].target") String field,
        @Schema(examples = "120000") String from,
        @Schema(examples = "135000") String to) {
}
