package com.kpiplatform.alerting.domain.delivery;

/**
 * A notification to queue for one addressee, under a key that is unique per notification and
 * addressee, so routing twice cannot queue it twice.
 *
 * @param subscriptionId the subscription that routed it; null for owners
 * @param alertId the alert it tells about; null for digests, verdicts and tests
 */
public record NewDelivery(String key, Addressee to, Long subscriptionId, Long alertId, Notice notice) {
}
