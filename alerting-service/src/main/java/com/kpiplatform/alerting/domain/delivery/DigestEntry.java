package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.kpi.Profile;
import java.math.BigDecimal;

/** A KPI as a weekly digest shows it: its latest status and the one a week before (null when it had none). */
public record DigestEntry(String kpiKey, Profile profile, String status, String previousStatus, BigDecimal actual,
        BigDecimal target) {
}
