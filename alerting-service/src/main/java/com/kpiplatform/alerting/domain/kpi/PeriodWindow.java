package com.kpiplatform.alerting.domain.kpi;

import java.time.Instant;

/** A period by its key and its bounds as instants (the KPI's time zone already applied). */
public record PeriodWindow(String key, Instant start, Instant end) {
}
