package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key result as clients write it. With a {@code kpiKey} its current value is the KPI's actual
 * over the objective's period; without, it comes from check-ins.
 */
@Schema(name = "KeyResultRequest")
public record KeyResultRequest(
        @Schema(examples = "Cut monthly churn from 8 % to 5 %") @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @Schema(description = "Where the key result starts; progress is (current - start) / (target - start), "
                + "so a target below the start is a key result that should decrease.", examples = "8")
        @NotNull @Digits(integer = 15, fraction = 6) BigDecimal start,
        @Schema(description = "Where it should end; must differ from start.", examples = "5")
        @NotNull @Digits(integer = 15, fraction = 6) BigDecimal target,
        @Schema(examples = "%") @NotBlank @Size(max = 32) String unit,
        @Schema(description = "Its share of the objective's progress relative to the others'; 1 when omitted.",
                examples = "2", defaultValue = "1")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal weight,
        @Schema(description = "The KPI whose actual is the current value; omit for a check-in driven key result.",
                examples = "sales.churn-rate", pattern = KpiRequest.KEY_PATTERN)
        @Pattern(regexp = KpiRequest.KEY_PATTERN, message = "must be a KPI key") String kpiKey) {
}
