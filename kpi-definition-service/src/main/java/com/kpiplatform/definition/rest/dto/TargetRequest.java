package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The target of one period, with an optional stretch value beyond it. */
@Schema(name = "TargetRequest")
public record TargetRequest(
        @Schema(examples = "120000") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal target,
        @Schema(description = "Exceptional performance: above the target for HIGHER_IS_BETTER, below it for LOWER_IS_BETTER.",
                examples = "150000")
        @Digits(integer = 15, fraction = 6) BigDecimal stretch) {
}
