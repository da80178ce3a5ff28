package com.kpiplatform.alerting.domain.delivery;

import java.math.BigDecimal;

/** One KPI in a digest: its status now and a week ago. */
public record DigestLine(String kpiKey, String name, String unit, String status, String previousStatus,
        BigDecimal actual, BigDecimal target, String note) {

    public boolean changed() {
        return previousStatus != null && !previousStatus.equals(status);
    }
}
