package com.kpiplatform.alerting.domain.delivery;

import java.math.BigDecimal;

/** The numbers a status notice shows, in the subject's unit; any may be absent. */
public record Figures(String status, String unit, BigDecimal actual, BigDecimal target, BigDecimal pace,
        BigDecimal forecast) {

    /** Whether there is a measured value or a target to show. */
    public boolean measured() {
        return actual != null || target != null;
    }
}
