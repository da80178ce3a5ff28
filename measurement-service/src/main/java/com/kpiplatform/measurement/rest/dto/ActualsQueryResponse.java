package com.kpiplatform.measurement.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The actual of each item, in request order, and how fresh each KPI's data is. */
@Schema(name = "ActualsQueryResponse", requiredProperties = {"items", "lastMeasurementAt"})
public record ActualsQueryResponse(
        List<ActualResponse> items,
        @Schema(description = "Per KPI of the request: the time of its latest measurement ever (for a calculated KPI, "
                + "the stalest of its components'); absent when it has none.",
                examples = "{\"sales.mrr\": \"2026-11-21T09:00:00Z\"}")
        Map<String, Instant> lastMeasurementAt) {
}
