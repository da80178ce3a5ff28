package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.support.actor.Actor;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a KPI's owner gets its alerts by email. */
@Schema(name = "OwnerNotifications")
public record OwnerNotifications(@Schema(readOnly = true) String kpiKey, @NotNull Boolean enabled,
        @Schema(readOnly = true) Actor changedBy, @Schema(readOnly = true) Instant changedAt) {
}
