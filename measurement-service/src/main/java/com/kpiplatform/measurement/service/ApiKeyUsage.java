package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.repository.ApiKeyRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each key was last used: noted in memory on every request (nothing on the request's path
 * touches the database) and written to the table every {@code measurement.api-keys.last-used-flush}.
 * Reads of a key add what this instance has not written yet.
 */
@ApplicationScoped
public class ApiKeyUsage {

    @Inject
    ApiKeyRepository keys;

    private final Map<Long, Instant> unwritten = new ConcurrentHashMap<>();

    void record(long keyId, Instant at) {
        unwritten.merge(keyId, at, (known, now) -> now.isAfter(known) ? now : known);
    }

    /** The key with its last use as this instance knows it. */
    ApiKey withLatestUse(ApiKey key) {
        Instant pending = unwritten.get(key.id());
        if (pending == null || (key.lastUsedAt() != null && !pending.isAfter(key.lastUsedAt()))) {
            return key;
        }
        return new ApiKey(key.id(), key.name(), key.hint(), key.scopes(), key.kpiPrefixes(), key.requestsPerSecond(),
                key.expiresAt(), key.createdAt(), key.createdBy(), pending, key.revokedAt(), key.revokedBy());
    }

    @Scheduled(every = "${measurement.api-keys.last-used-flush}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        for (Map.Entry<Long, Instant> use : Map.copyOf(unwritten).entrySet()) {
            keys.recordUse(use.getKey(), use.getValue());
            unwritten.remove(use.getKey(), use.getValue());
        }
    }
}
