package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective as clients write it: on create, and as a full replacement on update. */
@Schema(name = "ObjectiveRequest")
public record ObjectiveRequest(
        @Schema(examples = "Become the default choice for mid-size retailers") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "Why it matters now, and what winning looks like.") @Size(max = 2000) String description,
        @Schema(description = "A quarter, a half year or a year.", examples = "2026-Q4", pattern = "\\d{4}(-Q[1-4]|-H[12])?")
        @NotBlank String period,
        @Schema(description = "IANA time zone the period starts and ends in; UTC when omitted.", examples = "Europe/Berlin",
                defaultValue = "UTC")
        @IanaTimeZone String timeZone,
        @NotNull Level level,
        @NotNull @Valid Owner owner,
        @Schema(description = "The objective this one is aligned to (contributes to); omit for a top-level objective.",
                examples = "101")
        @Positive Long parentId) {
}
