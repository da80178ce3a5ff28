package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period's target inside a bulk request. */
@Schema(name = "PeriodTargetRequest")
public record PeriodTargetRequest(
        @Schema(description = "Period key in the KPI's period type.", examples = "2026-11") @NotBlank String period,
        @Schema(examples = "120000") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal target,
        @Schema(examples = "150000") @Digits(integer = 15, fraction = 6) BigDecimal stretch) {
}
