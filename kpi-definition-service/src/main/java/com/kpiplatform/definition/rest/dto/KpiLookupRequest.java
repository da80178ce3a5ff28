package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The KPI keys to look up, e.g. all keys of one measurement batch. */
@Schema(name = "KpiLookupRequest")
public record KpiLookupRequest(
        @Schema(description = "1 to 1000 keys.", examples = "[\"sales.mrr\", \"support.first-response-time\"]")
        @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 64) String> keys) {
}
