package com.kpiplatform.alerting.domain.delivery;

/** Where a delivery stands: waiting (first try or a retry), sent, refused for good, or out of attempts. */
public enum DeliveryState {
    PENDING, SENT,
    /** The channel refused it in a way retrying cannot fix (Slack 404 channel_not_found, SMTP 5xx…). */
    FAILED,
    /** Every allowed attempt failed in a way that could have passed; kept, visible and retryable by hand. */
    DEAD
}
