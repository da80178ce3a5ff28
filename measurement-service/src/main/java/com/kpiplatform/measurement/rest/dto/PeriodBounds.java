package com.kpiplatform.measurement.rest.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period by its key and its instants in the KPI's time zone: start inclusive, end exclusive. */
@Schema(name = "PeriodBounds", requiredProperties = {"key", "start", "end"})
public record PeriodBounds(
        @Schema(examples = "2026-11") String key,
        @Schema(examples = "2026-10-31T23:00:00Z") Instant start,
        @Schema(examples = "2026-11-30T23:00:00Z") Instant end) {
}
