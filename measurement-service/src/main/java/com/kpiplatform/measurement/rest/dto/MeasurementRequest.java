package com.kpiplatform.measurement.rest.dto;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a measurement as integrations send it. Bodies are read with a streaming parser
 * that reports every invalid field; this record documents that shape in the OpenAPI document.
 */
@Schema(name = "Measurement", requiredProperties = {"kpiKey", "timestamp", "value"})
public record MeasurementRequest(
        @Schema(description = "The KPI's key; it must be active and not calculated.", examples = "sales.mrr") String kpiKey,
        @Schema(description = "ISO-8601 with an offset; at most measurement.ingest.max-future-skew in the future.",
                examples = "2026-11-21T09:00:00Z") String timestamp,
        @Schema(description = "A finite number, |value| < 1e20, at most 30 significant digits.", examples = "118250.5")
        BigDecimal value,
        @Schema(description = "Up to 10 string-valued dimensions; names [a-z][a-z0-9_]*, up to 32 characters; values "
                + "1 to 64 characters.", examples = "{\"region\": \"eu\"}")
        Map<String, String> dimensions) {
}
