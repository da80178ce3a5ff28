package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded check-in. */
@Schema(name = "CheckIn", requiredProperties = {"id", "keyResultId", "value", "checkedInAt", "checkedInBy"})
public record CheckIn(
        @Schema(examples = "301") long id,
        @Schema(examples = "201") long keyResultId,
        @Schema(examples = "6.8") BigDecimal value,
        @Schema(examples = "6") Integer confidence,
        String note,
        @Schema(examples = "2026-11-20T15:00:00Z") Instant checkedInAt,
        Actor checkedInBy) {
}
