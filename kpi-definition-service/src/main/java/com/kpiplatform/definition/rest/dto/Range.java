package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The healthy range of a WITHIN_RANGE KPI; {@code min} must be below {@code max}. */
@Schema(name = "Range")
public record Range(
        @Schema(examples = "30") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal min,
        @Schema(examples = "45") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal max) {
}
