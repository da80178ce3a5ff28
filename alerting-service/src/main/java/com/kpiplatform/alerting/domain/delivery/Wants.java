package com.kpiplatform.alerting.domain.delivery;

import java.time.Duration;

/**
 * What a subscription wants besides matching alerts.
 *
 * @param repeatInterval its own reminder interval for firing alerts; null: the service's
 */
public record Wants(boolean sendResolved, Duration repeatInterval, boolean missedTargets, boolean weeklyDigest) {
}
