package com.kpiplatform.measurement.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of raw measurements; pass {@code nextCursor} as {@code cursor} for the next page. */
@Schema(name = "MeasurementPage", requiredProperties = {"items"})
public record MeasurementPage(List<MeasurementResponse> items,
        @Schema(description = "Opaque; absent on the last page.", examples = "MjAyNi0xMS0yMVQwOTowMDowMFp8e30") String nextCursor) {
}
