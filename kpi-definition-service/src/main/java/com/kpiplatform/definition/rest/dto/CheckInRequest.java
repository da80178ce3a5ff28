package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key result's current value as its owner reports it. */
@Schema(name = "CheckInRequest")
public record CheckInRequest(
        @Schema(examples = "6.8") @NotNull @Digits(integer = 15, fraction = 6) BigDecimal value,
        @Schema(description = "How confident the owner is of reaching the target, 0 (not at all) to 10 (certain).",
                examples = "6", minimum = "0", maximum = "10")
        @Min(0) @Max(10) Integer confidence,
        @Schema(examples = "Win-back campaign started; December renewals look better.") @Size(max = 2000) String note) {
}
