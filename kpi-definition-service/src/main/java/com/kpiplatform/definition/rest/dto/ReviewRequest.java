package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review of a KPI by its owner or a reviewer. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(description = "When the review took place; defaults to now. Not in the future.", examples = "2026-11-20T15:00:00Z")
        @PastOrPresent Instant reviewedAt,
        @Schema(examples = "Still the right measure; raised Q1 targets by 5 %.") @Size(max = 2000) String note) {
}
