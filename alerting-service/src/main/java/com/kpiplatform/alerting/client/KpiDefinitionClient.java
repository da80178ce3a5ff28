package com.kpiplatform.alerting.client;

import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.Objective;
import com.kpiplatform.alerting.domain.kpi.OverdueReview;
import com.kpiplatform.support.client.NeighbourFailure;
import com.kpiplatform.support.client.RequestRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads what an evaluation cycle needs from the kpi-definition-service, page by page (1000 KPIs,
 * 200 objectives per call, KPI pages concurrently), each call with a timeout, retries with jitter
 * and a circuit breaker.
 */
@ApplicationScoped
public class KpiDefinitionClient {

    static final String NAME = "kpi-definition-service";
    static final int KPI_PAGE_SIZE = 1000;
    static final int OBJECTIVE_PAGE_SIZE = 200;

    @Inject
    @RestClient
    KpiDefinitionRestClient client;

    @Inject
    KpiDefinitionClient self;

    @Inject
    ManagedExecutor executor;

    /** Every active KPI with its target at {@code at}; the pages after the first are read concurrently. */
    public List<Kpi> activeKpis(Instant at) {
        try {
            return readActiveKpis(at);
        } catch (RuntimeException e) {
            throw NeighbourFailure.of(NAME, e);
        }
    }

    private List<Kpi> readActiveKpis(Instant at) {
        Page<KpiView> first = self.kpiPage(at, 0);
        List<KpiView> all = new ArrayList<>(first.items());
        int pages = (int) Math.ceil((double) first.total() / KPI_PAGE_SIZE);
        List<CompletableFuture<Page<KpiView>>> rest = new ArrayList<>();
        for (int page = 1; page < pages; page++) {
            int index = page;
            rest.add(executor.supplyAsync(() -> self.kpiPage(at, index)));
        }
        for (CompletableFuture<Page<KpiView>> page : rest) {
            all.addAll(Futures.join(page).items());
        }
        return all.stream().map(KpiView::toKpi).toList();
    }

    /** Every active objective with its key results, read while the caller does something else. */
    public CompletableFuture<List<Objective>> activeObjectivesAsync() {
        return executor.supplyAsync(this::activeObjectives);
    }

    /** Every active objective with its key results. */
    public List<Objective> activeObjectives() {
        try {
            return all(self::objectivePage).stream().map(ObjectiveView::toObjective).toList();
        } catch (RuntimeException e) {
            throw NeighbourFailure.of(NAME, e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = RequestRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = RequestRefused.class)
    Page<KpiView> kpiPage(Instant at, int page) {
        return client.evaluationView(at.toString(), page, KPI_PAGE_SIZE);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = RequestRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = RequestRefused.class)
    Page<ObjectiveView> objectivePage(int page) {
        return client.activeObjectives("ACTIVE", page, OBJECTIVE_PAGE_SIZE);
    }

    /** The active KPIs whose review is overdue, by the definition service's health findings. */
    public List<OverdueReview> overdueReviews() {
        KpiHealthView report;
        try {
            report = self.health();
        } catch (RuntimeException e) {
            throw NeighbourFailure.of(NAME, e);
        }
        return report.kpis() == null ? List.of() : report.kpis().stream()
                .flatMap(kpi -> kpi.findings().stream().filter(f -> KpiHealthView.REVIEW_OVERDUE.equals(f.code()))
                        .limit(1).map(f -> new OverdueReview(kpi.key(), f.message())))
                .toList();
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = RequestRefused.class)
    KpiHealthView health() {
        return client.health();
    }

    private static <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int index = 0; ; index++) {
            Page<T> page = pages.apply(index);
            all.addAll(page.items());
            if (page.isLast()) {
                return all;
            }
        }
    }
}
