package com.kpiplatform.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** An active objective with its key results' progress and status, as the kpi-definition-service computes them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectiveView(long id, String title, String period, boolean closed, KpiView.Owner owner,
        BigDecimal expectedProgress, List<KeyResult> keyResults) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyResult(long id, String title, String kpiKey, BigDecimal start, BigDecimal target,
            BigDecimal current, Integer confidence, BigDecimal progress, String status, boolean stale) {
    }
}
