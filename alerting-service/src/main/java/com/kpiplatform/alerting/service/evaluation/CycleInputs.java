package com.kpiplatform.alerting.service.evaluation;

import com.kpiplatform.alerting.client.Futures;
import com.kpiplatform.alerting.client.KpiDefinitionClient;
import com.kpiplatform.alerting.client.MeasurementClient;
import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.judging.PreviousEvaluation;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.MeasuredActuals;
import com.kpiplatform.alerting.domain.kpi.Objective;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
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
 * The clients answer in domain records. Any failure fails the whole read.
 */
@ApplicationScoped
public class CycleInputs {

    /** What the other services answered. */
    public record Inputs(List<Kpi> kpis, MeasuredActuals actuals, List<Objective> objectives) {
    }

    @Inject
    KpiDefinitionClient definitions;

    @Inject
    MeasurementClient measurements;

    @Inject
    AlertingConfig config;

    public Inputs read(Instant now, Map<String, PreviousEvaluation> previous) {
        CompletableFuture<List<Objective>> objectives = definitions.activeObjectivesAsync();
        List<Kpi> kpis = definitions.activeKpis(now);
        List<PeriodActual.Request> requests = new ArrayList<>();
        for (Kpi kpi : kpis) {
            Period current = kpi.rules().period().parse(kpi.currentPeriod().key());
            requests.add(new PeriodActual.Request(kpi.key(), current.key()));
            PreviousEvaluation known = previous.get(kpi.key());
            int back = known != null && known.historyLoaded() ? 1 : config.anomaly().periods();
            Period period = current;
            for (int i = 0; i < back; i++) {
                period = period.previous();
                requests.add(new PeriodActual.Request(kpi.key(), period.key()));
            }
        }
        return new Inputs(kpis, measurements.actuals(requests), Futures.join(objectives));
    }
}
