package com.kpiplatform.measurement.client;

import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.support.client.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Looks KPIs up in the kpi-definition-service, at most 1000 keys per call, with a timeout, retries
 * with jitter, and a circuit breaker so that an outage costs callers milliseconds, not seconds.
 */
@ApplicationScoped
public class KpiDefinitionClient {

    static final int MAX_KEYS_PER_CALL = 1000;

    @Inject
    @RestClient
    KpiLookupRestClient client;

    /** The KPIs found among the keys (keys that name no KPI are simply absent), as this service's records. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = RequestRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = RequestRefused.class)
    public List<Kpi> lookup(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<Kpi> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_KEYS_PER_CALL) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_KEYS_PER_CALL));
            client.lookup(new KpiLookupRestClient.LookupRequest(chunk)).found().forEach(kpi -> found.add(kpi.toKpi()));
        }
        return found;
    }
}
