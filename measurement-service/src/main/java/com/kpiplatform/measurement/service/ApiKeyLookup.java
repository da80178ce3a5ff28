package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.repository.ApiKeyRepository;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keys by the hash of their secret, kept briefly (the {@code api-keys} cache, 10 s): a cached key
 * is answered on the calling thread, so checking a key costs ingest neither a database round trip
 * nor a thread hop; only a miss reads the table, on a worker thread. Revoking empties the cache of
 * this instance.
 */
@ApplicationScoped
public class ApiKeyLookup {

    @Inject
    ApiKeyRepository keys;

    @Inject
    @CacheName("api-keys")
    Cache cache;

    /** The key whose secret hashes to this (see {@code ApiKeySecrets#hashHex}), revoked or not. */
    public Uni<Optional<ApiKey>> bySecretHash(String hashHex) {
        return cache.getAsync(hashHex, hash -> Uni.createFrom()
                .item(() -> keys.findBySecretHash(HexFormat.of().parseHex(hash)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    public void forgetAll() {
        cache.invalidateAll().await().indefinitely();
    }
}
