package com.kpiplatform.definition.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
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

    /** A KPI's actual for one of its own periods. */
    public record PeriodRequest(String kpiKey, String periodKey) {
    }

    /** Its answer; value null with a reason when there is none. */
    public record PeriodActual(String kpiKey, String periodKey, BigDecimal value, long count, Instant lastMeasurementAt,
            String reason) {
    }

    @Inject
    @RestClient
    ActualsRestClient client;

    /** The actuals, in request order. */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, jitter = 25)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public List<PeriodActual> actuals(List<PeriodRequest> requests) {
        List<PeriodActual> actuals = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += MAX_ITEMS_PER_CALL) {
            List<PeriodRequest> chunk = requests.subList(from, Math.min(requests.size(), from + MAX_ITEMS_PER_CALL));
            List<ActualsRestClient.Actual> answer = client.query(new ActualsRestClient.Query(chunk.stream()
                    .map(r -> new ActualsRestClient.Item(r.kpiKey(), r.periodKey())).toList())).items();
            if (answer == null || answer.size() != chunk.size()) {
                throw new IllegalStateException("The measurement-service answered " + (answer == null ? 0 : answer.size())
                        + " actuals for " + chunk.size() + " items");
            }
            for (int i = 0; i < chunk.size(); i++) {
                PeriodRequest request = chunk.get(i);
                ActualsRestClient.Actual actual = answer.get(i);
                actuals.add(new PeriodActual(request.kpiKey(), request.periodKey(), actual.value(), actual.count(),
                        actual.lastMeasurementAt(), actual.reason()));
            }
        }
        return actuals;
    }
}
