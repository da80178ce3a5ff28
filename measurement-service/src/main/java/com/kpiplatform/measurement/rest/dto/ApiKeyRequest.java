package com.kpiplatform.measurement.rest.dto;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key for an integration. */
@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @Schema(description = "What the key is for.", examples = "billing-export") @NotBlank @Size(max = 100) String name,
        @Schema(description = "What the key may do: measurements:write, measurements:read, or both.",
                examples = "[\"measurements:write\"]")
        @NotEmpty Set<@NotNull @Pattern(regexp = "measurements:(read|write)",
                message = "must be measurements:write or measurements:read") String> scopes,
        @Schema(description = "KPI key prefixes the key may write (`finance.` or `finance.*`); none: every KPI.",
                examples = "[\"finance.\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9_.\\-]+\\*?",
                message = "must be the start of a KPI key (lowercase letters, digits, '.', '_', '-'), optionally "
                        + "ending in *") String> kpiPrefixes,
        @Schema(description = "Requests per second allowed; default measurement.api-keys.requests-per-second.",
                examples = "50") @Min(1) @Max(100_000) Integer requestsPerSecond,
        @Schema(description = "When the key stops working; never if absent.", examples = "2027-12-31T00:00:00Z")
        @Future Instant expiresAt) {
}
