package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.domain.ApiKeySecrets;
import com.kpiplatform.measurement.repository.ApiKeyRepository;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Integrations' API keys: created by an admin with the secret shown once, listed without it,
 * revoked; and checked for every request that presents one.
 */
@ApplicationScoped
public class ApiKeyService {

    @Inject
    ApiKeyRepository keys;

    @Inject
    ApiKeyLookup lookup;

    @Inject
    CurrentCaller caller;

    @Inject
    ApiKeyUsage usage;

    @Inject
    Clock clock;

    /** What a new key is to be. */
    public record Definition(String name, Set<String> scopes, List<String> kpiPrefixes, Integer requestsPerSecond,
            Instant expiresAt) {
    }

    /** A key just created, with the secret that is never shown again. */
    public record Created(ApiKey key, String secret) {
    }

    /** A presented key that may not be used, with the reason to tell its caller. */
    public static class RefusedKeyException extends RuntimeException {

        RefusedKeyException(String reason) {
            super(reason);
        }
    }

    public Created create(Definition definition) {
        Instant now = clock.instant();
        if (definition.expiresAt() != null && !definition.expiresAt().isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        String secret = ApiKeySecrets.generate();
        List<String> prefixes = definition.kpiPrefixes() == null ? List.of()
                : definition.kpiPrefixes().stream().map(ApiKeyService::withoutWildcard).distinct().toList();
        ApiKey key = keys.insert(new ApiKeyRepository.NewKey(definition.name(), ApiKeySecrets.hash(secret),
                ApiKeySecrets.hint(secret), definition.scopes(), prefixes, definition.requestsPerSecond(),
                definition.expiresAt(), now, caller.actor()));
        return new Created(key, secret);
    }

    public List<ApiKey> list() {
        return keys.list().stream().map(usage::withLatestUse).toList();
    }

    public ApiKey get(long id) {
        return usage.withLatestUse(keys.find(id).orElseThrow(() -> notFound(id)));
    }

    /** Revokes the key (again is harmless); other replicas stop accepting it within the cache time. */
    public ApiKey revoke(long id) {
        ApiKey revoked = keys.revoke(id, caller.actor(), clock.instant()).orElseThrow(() -> notFound(id));
        lookup.forgetAll();
        return usage.withLatestUse(revoked);
    }

    /** The key this secret belongs to, if it may be used now; else a {@link RefusedKeyException} with the reason. */
    public Uni<ApiKey> verify(String secret) {
        return lookup.bySecretHash(ApiKeySecrets.hashHex(secret)).map(found -> {
            Instant now = clock.instant();
            ApiKey key = found.orElseThrow(() -> new RefusedKeyException("The API key is not known here."));
            if (key.isRevoked()) {
                throw new RefusedKeyException("The API key '" + key.name() + "' was revoked at " + key.revokedAt() + ".");
            }
            if (key.hasExpiredAt(now)) {
                throw new RefusedKeyException("The API key '" + key.name() + "' expired at " + key.expiresAt() + ".");
            }
            usage.record(key.id(), now);
            return key;
        });
    }

    private static String withoutWildcard(String prefix) {
        return prefix.endsWith("*") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("No API key with id " + id + ".");
    }
}
