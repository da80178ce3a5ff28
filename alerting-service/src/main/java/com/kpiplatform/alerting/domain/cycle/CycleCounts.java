package com.kpiplatform.alerting.domain.cycle;

import java.util.Map;

/**
 * What a cycle evaluated and changed.
 *
 * @param statuses statuses counted, for {@code kpis} and {@code keyResults}
 */
public record CycleCounts(int kpisEvaluated, int keyResultsEvaluated, Map<String, Map<String, Long>> statuses,
        int alertsOpened, int alertsResolved) {

    public static final CycleCounts NONE = new CycleCounts(0, 0, Map.of(), 0, 0);
}
