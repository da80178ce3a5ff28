package com.kpiplatform.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The kpi-definition-service's health report, as far as digests need it: each KPI's findings. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KpiHealthView(List<Kpi> kpis) {

    static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kpi(String key, String name, List<Finding> findings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Finding(String code, String message) {
    }
}
