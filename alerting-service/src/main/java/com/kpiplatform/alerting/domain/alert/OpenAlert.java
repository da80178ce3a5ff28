package com.kpiplatform.alerting.domain.alert;

import com.kpiplatform.alerting.domain.alert.AlertLifecycle.Snapshot;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;

/** An alert not resolved yet, as the evaluation cycle moves it on. */
public record OpenAlert(long id, AlertKey key, Snapshot snapshot) {
}
