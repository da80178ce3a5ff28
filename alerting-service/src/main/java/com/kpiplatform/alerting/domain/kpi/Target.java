package com.kpiplatform.alerting.domain.kpi;

import java.math.BigDecimal;

/** A period's target and the stretch beyond it; either may be absent. */
public record Target(BigDecimal value, BigDecimal stretch) {

    public static final Target NONE = new Target(null, null);
}
