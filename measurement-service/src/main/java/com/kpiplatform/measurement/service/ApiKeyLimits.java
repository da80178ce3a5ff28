package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.domain.RateLimit;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an API key may write, checked before anything is stored: requests per second (429 with
 * Retry-After over it) and its KPI prefixes (403 naming the first KPI outside them). Callers with
 * a person's or a service's token are not limited here.
 */
@ApplicationScoped
public class ApiKeyLimits {

    @Inject
    SecurityIdentity identity;

    @Inject
    MeasurementConfig config;

    private final Map<Long, RateLimit> limits = new ConcurrentHashMap<>();

    /** Counts a request of the caller's key against its rate limit. */
    public void admitRequest() {
        ApiKey key = callersKey();
        if (key == null) {
            return;
        }
        int perSecond = key.requestsPerSecond() == null ? config.apiKeys().requestsPerSecond() : key.requestsPerSecond();
        RateLimit limit = limits.get(key.id());
        if (limit == null || limit.perSecond() != perSecond) {
            limit = new RateLimit(perSecond, System.nanoTime());
            limits.put(key.id(), limit);
        }
        Duration wait = limit.take(System.nanoTime());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "The API key '" + key.name() + "' may make "
                    + perSecond + " requests per second; nothing of this request was stored. Retry after " + seconds
                    + " s.").withHeader("Retry-After", Long.toString(seconds));
        }
    }

    /** Refuses the whole request when the caller's key does not cover one of its KPIs. */
    public void requireCovers(Collection<MeasurementInput> inputs) {
        ApiKey key = callersKey();
        if (key == null) {
            return;
        }
        for (MeasurementInput input : inputs) {
            if (input.kpiKey() != null && !key.covers(input.kpiKey())) {
                throw ProblemException.forbidden("The API key '" + key.name() + "' may write only KPIs whose keys start"
                        + " with " + String.join(" or ", key.kpiPrefixes()) + "; KPI " + input.kpiKey() + " is not one "
                        + "of them, so nothing of this request was stored.").withExtension("kpiKey", input.kpiKey());
            }
        }
    }

    private ApiKey callersKey() {
        return identity.getAttribute(ApiKey.IDENTITY_ATTRIBUTE);
    }
}
