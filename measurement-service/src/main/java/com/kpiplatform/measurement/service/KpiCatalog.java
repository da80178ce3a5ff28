package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.client.KpiDefinitionClient;
import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.support.kpi.KpiKeys;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The KPIs this service has seen, cached from the kpi-definition-service: at most one lookup per
 * request for the keys that are new or older than the TTL. When that service is unreachable, KPIs
 * seen before keep working from the cache; a request that needs a never-seen key gets 503 with
 * Retry-After, so nothing is stored unchecked.
 */
@ApplicationScoped
public class KpiCatalog {

    private static final Logger LOG = Logger.getLogger(KpiCatalog.class);

    private record Entry(Kpi kpi, Instant fetchedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    KpiDefinitionClient client;

    @Inject
    MeasurementConfig config;

    @Inject
    Clock clock;

    /**
     * The KPIs with these keys; keys that name no KPI are absent from the answer. A key no KPI can
     * have (not of the key syntax) is never asked of the kpi-definition-service.
     */
    public Map<String, Kpi> resolve(Collection<String> keys) {
        Instant now = clock.instant();
        Map<String, Kpi> resolved = new HashMap<>();
        Set<String> toFetch = new LinkedHashSet<>();
        for (String key : keys) {
            if (!KpiKeys.isValid(key)) {
                continue;
            }
            Entry entry = entries.get(key);
            if (entry != null && fresh(entry, now)) {
                resolved.put(key, entry.kpi());
            } else {
                toFetch.add(key);
            }
        }
        if (!toFetch.isEmpty()) {
            fetch(toFetch, now, resolved);
        }
        return resolved;
    }

    /**
     * Like {@link #resolve}, but from the cache alone: empty if a key of the key syntax is not cached
     * or older than the TTL, so that it never waits for the kpi-definition-service.
     */
    public Optional<Map<String, Kpi>> resolveCached(Collection<String> keys) {
        Instant now = clock.instant();
        Map<String, Kpi> resolved = new HashMap<>();
        for (String key : keys) {
            if (KpiKeys.isValid(key)) {
                Entry entry = entries.get(key);
                if (entry == null || !fresh(entry, now)) {
                    return Optional.empty();
                }
                resolved.put(key, entry.kpi());
            }
        }
        return Optional.of(resolved);
    }

    private boolean fresh(Entry entry, Instant now) {
        return entry.fetchedAt().plus(config.catalog().ttl()).isAfter(now);
    }

    /** The KPI with this key, or a 404 problem. */
    public Kpi require(String key) {
        Kpi kpi = resolve(List.of(key)).get(key);
        if (kpi == null) {
            throw ProblemException.notFound("No KPI with key '" + key + "'.");
        }
        return kpi;
    }

    /** The KPIs and, transitively, every component of their formulas, by key. */
    public Map<String, Kpi> withComponents(Collection<Kpi> kpis) {
        Map<String, Kpi> all = new HashMap<>();
        kpis.forEach(kpi -> all.put(kpi.key(), kpi));
        Set<String> pending = unknownDependencies(all.values(), all);
        while (!pending.isEmpty()) {
            Map<String, Kpi> found = resolve(pending);
            for (String key : pending) {
                Kpi component = found.get(key);
                if (component == null) {
                    throw new IllegalStateException("Formula component " + key + " is unknown to the kpi-definition-service");
                }
                all.put(key, component);
            }
            pending = unknownDependencies(found.values(), all);
        }
        return all;
    }

    private static Set<String> unknownDependencies(Collection<Kpi> of, Map<String, Kpi> known) {
        Set<String> dependencies = new LinkedHashSet<>();
        for (Kpi kpi : of) {
            if (kpi.isCalculated()) {
                kpi.formulaDependencies().stream().filter(key -> !known.containsKey(key)).forEach(dependencies::add);
            }
        }
        return dependencies;
    }

    private void fetch(Set<String> keys, Instant now, Map<String, Kpi> resolved) {
        try {
            for (Kpi kpi : client.lookup(keys)) {
                entries.put(kpi.key(), new Entry(kpi, now));
                resolved.put(kpi.key(), kpi);
            }
            keys.stream().filter(key -> !resolved.containsKey(key)).forEach(entries::remove);
        } catch (RuntimeException e) {
            LOG.warnf("kpi-definition-service lookup failed (%s); answering from the cache", e.toString());
            for (String key : keys) {
                Entry stale = entries.get(key);
                if (stale == null) {
                    throw ProblemException.unavailable("KPI " + key + " cannot be checked: the kpi-definition-service "
                            + "is unavailable. Nothing was stored; retry later.", config.catalog().retryAfterSeconds());
                }
                resolved.put(key, stale.kpi());
            }
        }
    }
}
