package com.kpiplatform.measurement.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as admins see it: never its secret, except once in the answer that creates it. */
@Schema(name = "ApiKey", requiredProperties = {"id", "name", "hint", "scopes", "kpiPrefixes", "createdAt", "createdBy"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyResponse(
        @Schema(examples = "7") long id,
        @Schema(examples = "billing-export") String name,
        @Schema(description = "The secret's first characters, to recognise the key.", examples = "kpk_Xq3v9a") String hint,
        @Schema(examples = "[\"measurements:write\"]") Set<String> scopes,
        @Schema(description = "KPI key prefixes it may write; empty: every KPI.", examples = "[\"finance.\"]")
        List<String> kpiPrefixes,
        @Schema(description = "Its own rate limit; absent: the service's default.", examples = "50") Integer requestsPerSecond,
        Instant expiresAt,
        Instant createdAt,
        Actor createdBy,
        @Schema(description = "Last request with the key, to within a minute.") Instant lastUsedAt,
        Instant revokedAt,
        Actor revokedBy,
        @Schema(description = "The key itself: only in the answer that creates it, never again. Send it as "
                + "`X-API-Key: <secret>` or `Authorization: Bearer <secret>`.",
                examples = "kpk_Xq3v9aJ2c1QmZk8r0bWfT5yLhN4sUe7dPo6iGjKaBxE") String secret) {
}
