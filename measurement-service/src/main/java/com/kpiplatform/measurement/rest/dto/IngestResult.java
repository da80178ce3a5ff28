package com.kpiplatform.measurement.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a write stored. */
@Schema(name = "IngestResult", requiredProperties = {"received", "stored"})
public record IngestResult(
        @Schema(description = "Measurements in the request.", examples = "10000") long received,
        @Schema(description = "Measurements stored: one per natural key (kpiKey, dimensions, timestamp); "
                + "a key repeated in the request counts once, the later value winning.", examples = "10000") long stored) {
}
