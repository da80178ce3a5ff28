package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.alerting.domain.alert.SilenceMatcher;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A silence to create: which alerts, from when, until when, and why. */
@Schema(name = "SilenceRequest")
public record SilenceRequest(
        @Schema(description = "What it matches alerts by.") @NotNull SilenceMatcher matcher,
        @Schema(description = "The KPI key, tag, category or owner team to match.", examples = "sales.mrr")
        @NotBlank @Size(max = 100) String value,
        @Schema(description = "Now when omitted.") Instant startsAt,
        @Schema(examples = "2026-11-23T08:00:00Z") @NotNull Instant endsAt,
        @Schema(examples = "Billing export migration this weekend.") @NotBlank @Size(max = 1000) String reason) {
}
