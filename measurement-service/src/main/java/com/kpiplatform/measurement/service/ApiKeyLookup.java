package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.domain.ApiKeySecrets;
import com.kpiplatform.measurement.repository.ApiKeyRepository;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keys by the hash of their secret, kept briefly (the {@code api-keys} cache, 10 s) so that
 * checking a key costs ingest no database round trip. Revoking empties the cache of this instance.
 */
@ApplicationScoped
public class ApiKeyLookup {

    @Inject
    ApiKeyRepository keys;

    /** The key whose secret hashes to this (see {@link ApiKeySecrets#hashHex}), revoked or not. */
    @CacheResult(cacheName = "api-keys")
    public Optional<ApiKey> bySecretHash(String hashHex) {
        return keys.findBySecretHash(HexFormat.of().parseHex(hashHex));
    }

    @CacheInvalidateAll(cacheName = "api-keys")
    public void forgetAll() {
        // the annotation does the work
    }
}
