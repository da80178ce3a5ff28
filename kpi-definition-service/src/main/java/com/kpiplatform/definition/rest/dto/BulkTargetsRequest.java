package com.kpiplatform.definition.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many periods' targets set in one atomic request, e.g. a year of monthly targets. */
@Schema(name = "BulkTargetsRequest")
public record BulkTargetsRequest(
        @Schema(description = "1 to 400 periods, each at most once. All are stored, or none.")
        @NotEmpty @Size(max = 400) List<@Valid @NotNull PeriodTargetRequest> targets) {
}
