package com.kpiplatform.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.alerting.domain.kpi.Objective;
import java.math.BigDecimal;
import java.util.List;

/** An active objective with its key results' progress and status, as the kpi-definition-service computes them. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ObjectiveView(long id, String title, String period, boolean closed, KpiView.OwnerView owner,
        BigDecimal expectedProgress, List<KeyResultView> keyResults) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeyResultView(long id, String title, String kpiKey, BigDecimal start, BigDecimal target,
            BigDecimal current, Integer confidence, BigDecimal progress, String status, boolean stale) {

        Objective.KeyResult toKeyResult() {
            return new Objective.KeyResult(id, title, kpiKey,
                    new Objective.Standing(status, progress, current, target, confidence), stale);
        }
    }

    Objective toObjective() {
        return new Objective(id, title, period, closed, owner == null ? null : owner.team(), expectedProgress,
                keyResults == null ? List.of() : keyResults.stream().map(KeyResultView::toKeyResult).toList());
    }
}
