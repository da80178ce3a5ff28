package com.kpiplatform.alerting.client;

import com.kpiplatform.alerting.domain.kpi.MeasuredActuals;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
import com.kpiplatform.support.client.NeighbourFailure;
import com.kpiplatform.support.client.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads period actuals and freshness from the measurement-service, 5000 items per call (its limit),
 * calls concurrently, each with a timeout, retries with jitter and a circuit breaker.
 */
@ApplicationScoped
public class MeasurementClient {

    static final String NAME = "measurement-service";
    static final int ITEMS_PER_CALL = 5000;

    @Inject
    @RestClient
    MeasurementRestClient client;

    @Inject
    MeasurementClient self;

    @Inject
    ManagedExecutor executor;

    /** The actuals of all requests; chunks are read concurrently. */
    public MeasuredActuals actuals(List<PeriodActual.Request> requests) {
        try {
            return readActuals(requests);
        } catch (RuntimeException e) {
            throw NeighbourFailure.of(NAME, e);
        }
    }

    private MeasuredActuals readActuals(List<PeriodActual.Request> requests) {
        List<List<PeriodActual.Request>> chunks = new ArrayList<>();
        for (int from = 0; from < requests.size(); from += ITEMS_PER_CALL) {
            chunks.add(requests.subList(from, Math.min(requests.size(), from + ITEMS_PER_CALL)));
        }
        List<CompletableFuture<MeasurementRestClient.Answer>> answers = chunks.stream()
                .map(chunk -> executor.supplyAsync(() -> self.query(chunk))).toList();
        List<PeriodActual> actuals = new ArrayList<>(requests.size());
        Map<String, Instant> lastMeasurementAt = new HashMap<>();
        for (int c = 0; c < chunks.size(); c++) {
            List<PeriodActual.Request> chunk = chunks.get(c);
            MeasurementRestClient.Answer answer = Futures.join(answers.get(c));
            if (answer.items() == null || answer.items().size() != chunk.size()) {
                throw NeighbourFailure.brokenContract(NAME, "answered " + (answer.items() == null ? 0
                        : answer.items().size()) + " actuals for " + chunk.size() + " items");
            }
            for (int i = 0; i < chunk.size(); i++) {
                MeasurementRestClient.Actual actual = answer.items().get(i);
                actuals.add(new PeriodActual(chunk.get(i).kpiKey(), chunk.get(i).periodKey(), actual.value(), actual.count()));
            }
            if (answer.lastMeasurementAt() != null) {
                lastMeasurementAt.putAll(answer.lastMeasurementAt());
            }
        }
        return new MeasuredActuals(actuals, lastMeasurementAt);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = RequestRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = RequestRefused.class)
    MeasurementRestClient.Answer query(List<PeriodActual.Request> chunk) {
        return client.query(new MeasurementRestClient.Query(chunk.stream()
                .map(r -> new MeasurementRestClient.Item(r.kpiKey(), r.periodKey())).toList()));
    }
}
