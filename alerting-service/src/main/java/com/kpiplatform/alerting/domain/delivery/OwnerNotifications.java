package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.Audit;

/** Whether a KPI's owner gets its alerts by email, and who last changed that (null when nobody did). */
public record OwnerNotifications(String kpiKey, boolean enabled, Audit changed) {
}
