package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The amber band: how far from the target (or range) a KPI may be before it is off track. */
@Schema(name = "Thresholds")
public record Thresholds(
        @Schema(description = "Tolerance around the target, in percent of the target (0 < x <= 100). "
                + "Within it the KPI is AT_RISK (amber), beyond it OFF_TRACK (red).", examples = "10")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal amberTolerancePercent) {

    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.TEN);
}
