package com.kpiplatform.alerting.domain.delivery;

import java.time.Duration;

/**
 * How one attempt to deliver ended.
 *
 * @param statusCode the HTTP status or SMTP reply code, when there was one
 * @param retryAfter how long the channel asked us to wait (a 429's Retry-After), or null
 */
public record SendResult(Outcome outcome, Integer statusCode, String detail, Duration retryAfter) {

    public enum Outcome {
        SENT,
        /** A fault that may pass: 5xx, 429, timeouts, connection errors, SMTP 4xx. */
        RETRY,
        /** A refusal that will not pass by retrying. */
        FAILED
    }

    public static SendResult sent(Integer statusCode) {
        return new SendResult(Outcome.SENT, statusCode, null, null);
    }

    public static SendResult retry(Integer statusCode, String detail) {
        return new SendResult(Outcome.RETRY, statusCode, detail, null);
    }

    public static SendResult retryAfter(Integer statusCode, String detail, Duration retryAfter) {
        return new SendResult(Outcome.RETRY, statusCode, detail, retryAfter);
    }

    public static SendResult failed(Integer statusCode, String detail) {
        return new SendResult(Outcome.FAILED, statusCode, detail, null);
    }
}
