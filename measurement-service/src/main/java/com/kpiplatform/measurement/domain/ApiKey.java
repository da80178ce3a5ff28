package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An integration's API key, without its secret: what it may do (scopes), on which KPIs (key
 * prefixes, none meaning all), how often (requests per second, null meaning the configured
 * default), until when, and who created and revoked it.
 */
public record ApiKey(long id, String name, String hint, Set<String> scopes, List<String> kpiPrefixes,
        Integer requestsPerSecond, Instant expiresAt, Instant createdAt, Actor createdBy, Instant lastUsedAt,
        Instant revokedAt, Actor revokedBy) {

    /** Where the key of a request is kept among its security identity's attributes. */
    public static final String IDENTITY_ATTRIBUTE = "kpi-platform.api-key";

    public ApiKey {
        scopes = Set.copyOf(scopes);
        kpiPrefixes = List.copyOf(kpiPrefixes);
    }

    /** Who wrote a measurement with this key, as its source records it. */
    public Actor actor() {
        return new Actor("api-key:" + id, name);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean hasExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Whether the key may write measurements of this KPI. */
    public boolean covers(String kpiKey) {
        return kpiPrefixes.isEmpty() || kpiPrefixes.stream().anyMatch(kpiKey::startsWith);
    }
}
