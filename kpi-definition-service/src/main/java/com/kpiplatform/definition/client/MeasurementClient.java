package com.kpiplatform.definition.client;

import com.kpiplatform.definition.domain.okr.KpiPeriod;
import com.kpiplatform.definition.domain.okr.PeriodActual;
import com.kpiplatform.support.client.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads period actuals from the measurement-service, at most 1000 per call, with a timeout, one
 * retry with jitter and a circuit breaker: a reader waits at most about two seconds for a hung
 * service, and milliseconds once the circuit is open, before it shows the last known values.
 */
@ApplicationScoped
public class MeasurementClient {

    static final int MAX_ITEMS_PER_CALL = 1000;

    @Inject
    @RestClient
    ActualsRestClient client;

    /** The actuals of these KPI periods, in their order. */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, jitter = 25, abortOn = RequestRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = RequestRefused.class)
    public List<PeriodActual> actuals(List<KpiPeriod> periods) {
        List<PeriodActual> actuals = new ArrayList<>(periods.size());
        for (int from = 0; from < periods.size(); from += MAX_ITEMS_PER_CALL) {
            List<KpiPeriod> chunk = periods.subList(from, Math.min(periods.size(), from + MAX_ITEMS_PER_CALL));
            List<ActualsRestClient.Actual> answer = client.query(new ActualsRestClient.Query(chunk.stream()
                    .map(p -> new ActualsRestClient.Item(p.kpiKey(), p.periodKey())).toList())).items();
            if (answer == null || answer.size() != chunk.size()) {
                throw new IllegalStateException("The measurement-service answered " + (answer == null ? 0 : answer.size())
                        + " actuals for " + chunk.size() + " items");
            }
            for (int i = 0; i < chunk.size(); i++) {
                ActualsRestClient.Actual actual = answer.get(i);
                actuals.add(new PeriodActual(chunk.get(i), actual.value(), actual.count(), actual.lastMeasurementAt(),
                        actual.reason()));
            }
        }
        return actuals;
    }
}
