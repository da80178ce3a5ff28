package com.kpiplatform.alerting.rest.dto;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an alert's timeline. */
@Schema(name = "AlertEvent", requiredProperties = {"at", "type", "notifies", "silenced"})
public record AlertEvent(
        Instant at,
        @Schema(examples = "FIRED",
                description = "PENDING, FIRED, ESCALATED, DEESCALATED, REPEATED, ACKNOWLEDGED, RESOLVED, CANCELLED or PERIOD_ENDED") String type,
        @Schema(description = "Whether channels are told (delivery comes with the channels).") boolean notifies,
        @Schema(description = "A notifying event held back by a silence.") boolean silenced,
        String status,
        String severity,
        BigDecimal value,
        String detail) {
}
