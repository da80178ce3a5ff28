package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.client.Futures;
import com.kpiplatform.alerting.client.KpiDefinitionClient;
import com.kpiplatform.alerting.client.KpiView;
import com.kpiplatform.alerting.client.MeasurementClient;
import com.kpiplatform.alerting.client.MeasurementClient.PeriodRequest;
import com.kpiplatform.alerting.client.ObjectiveView;
import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.repository.CycleStore.Previous;
import com.kpiplatform.support.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Everything a cycle reads from the other two services, in O(N / page size) calls: every active
 * KPI with its target, the actuals of its current and previous period (and, the first time a KPI
 * is seen, of the periods before, for its history), and every active objective's key results.
 * Any failure fails the whole read.
 */
@ApplicationScoped
public class CycleInputs {

    /** What the other services answered. */
    public record Inputs(List<KpiView> kpis, MeasurementClient.Actuals actuals, List<ObjectiveView> objectives) {
    }

    @Inject
    KpiDefinitionClient definitions;

    @Inject
    MeasurementClient measurements;

    @Inject
    AlertingConfig config;

    public Inputs read(Instant now, Map<String, Previous> previous) {
        CompletableFuture<List<ObjectiveView>> objectives = definitions.activeObjectivesAsync();
        List<KpiView> kpis = definitions.activeKpis(now);
        List<PeriodRequest> requests = new ArrayList<>();
        for (KpiView kpi : kpis) {
            Period current = kpi.period().parse(kpi.currentPeriod().key());
            requests.add(new PeriodRequest(kpi.key(), current.key()));
            Previous known = previous.get(kpi.key());
            int back = known != null && known.historyLoaded() ? 1 : config.anomaly().periods();
            Period period = current;
            for (int i = 0; i < back; i++) {
                period = period.previous();
                requests.add(new PeriodRequest(kpi.key(), period.key()));
            }
        }
        MeasurementClient.Actuals actuals = measurements.actuals(requests);
        return new Inputs(kpis, actuals, Futures.join(objectives));
    }
}
