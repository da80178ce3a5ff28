package com.kpiplatform.alerting.domain.alert;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of an alert's timeline.
 *
 * @param notifies whether channels are told
 * @param silenced a notifying change a silence held back
 */
public record AlertEvent(Instant at, AlertEventType type, boolean notifies, boolean silenced, String status,
        Severity severity, BigDecimal value, String detail) {
}
