package com.kpiplatform.alerting.domain.judging;

import java.time.Instant;

/** A verdict as recorded, once per KPI and period. */
public record RecordedVerdict(long id, Instant decidedAt, Verdict verdict) {
}
