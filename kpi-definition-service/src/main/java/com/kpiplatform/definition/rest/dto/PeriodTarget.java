package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period's target as the API answers it. */
@Schema(name = "PeriodTarget", requiredProperties = {"period", "target", "updatedAt", "updatedBy"})
public record PeriodTarget(
        @Schema(examples = "2026-11") String period,
        @Schema(examples = "120000") BigDecimal target,
        @Schema(examples = "150000") BigDecimal stretch,
        Instant updatedAt,
        Actor updatedBy) {
}
