package com.kpiplatform.definition.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is accountable for a KPI: a team, and a person in it. */
@Schema(name = "Owner")
public record Owner(
        @Schema(description = "Owning team.", examples = "sales") @NotBlank @Size(max = 100) String team,
        @Schema(description = "Accountable person.", examples = "Ana Lima") @Size(max = 200) String name,
        @Schema(description = "Their email; alerts reach it by default.", examples = "ana.lima@example.com")
        @Email @Size(max = 254) String email) {
}
