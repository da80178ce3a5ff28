package com.kpiplatform.measurement.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored measurement, with where and when it came in. */
@Schema(name = "StoredMeasurement", requiredProperties = {"kpiKey", "timestamp", "value", "dimensions"})
public record MeasurementResponse(
        @Schema(examples = "sales.mrr") String kpiKey,
        @Schema(examples = "2026-11-21T09:00:00Z") Instant timestamp,
        @Schema(examples = "118250.5") BigDecimal value,
        @Schema(examples = "{\"region\": \"eu\"}") Map<String, String> dimensions,
        @Schema(description = "Who wrote it: a person, or an API key (subject `api-key:<id>`).") Actor source,
        Instant receivedAt) {
}
