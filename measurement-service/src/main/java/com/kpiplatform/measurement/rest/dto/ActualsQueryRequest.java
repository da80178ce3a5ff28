package com.kpiplatform.measurement.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many actuals in one request, e.g. every KPI's current period for an evaluation cycle. */
@Schema(name = "ActualsQueryRequest")
public record ActualsQueryRequest(
        @Schema(description = "Up to 5000 (KPI, period, dimension filter) items.") @NotEmpty List<@Valid @NotNull Item> items) {

    @Schema(name = "ActualsQueryItem")
    public record Item(
            @Schema(examples = "sales.mrr") @NotBlank String kpiKey,
            @Schema(description = "Period key in the KPI's own period type.", examples = "2026-11") @NotBlank String period,
            @Schema(description = "Only measurements with these dimensions; omit for all.", examples = "{\"region\": \"eu\"}")
            Map<String, String> dimensions) {
    }
}
