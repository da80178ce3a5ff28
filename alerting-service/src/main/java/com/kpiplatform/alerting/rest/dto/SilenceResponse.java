package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A silence. */
@Schema(name = "Silence",
        requiredProperties = {"id", "matcher", "value", "startsAt", "endsAt", "reason", "createdBy", "createdAt",
                "active"})
public record SilenceResponse(long id, @Schema(examples = "KPI") String matcher, @Schema(examples = "sales.mrr") String value,
        Instant startsAt, Instant endsAt, @Schema(examples = "Data migration over the weekend") String reason,
        Actor createdBy, Instant createdAt, @Schema(description = "In force now.") boolean active) {
}
