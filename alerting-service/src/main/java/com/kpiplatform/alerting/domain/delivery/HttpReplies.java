package com.kpiplatform.alerting.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a Slack or webhook answer means for the delivery. 2xx is sent; 429 waits for Retry-After;
 * 408 and 5xx are retried; any other 4xx (Slack's 400 invalid_payload, 403 action_prohibited, 404
 * channel_not_found, 410 channel_is_archived) is a refusal that retrying cannot fix.
 */
public final class HttpReplies {

    private static final int MAX_BODY_IN_DETAIL = 200;

    private HttpReplies() {
    }

    /**
     * @param retryAfter the Retry-After header as sent (seconds or an HTTP date), or null
     * @param defaultWait how long a 429 without a usable Retry-After waits
     */
    public static SendResult classify(int status, String body, String retryAfter, Instant now, Duration defaultWait) {
        String detail = "HTTP " + status + describe(body);
        if (status >= 200 && status < 300) {
            return SendResult.sent(status);
        }
        if (status == 429) {
            return SendResult.retryAfter(status, detail, retryAfter(retryAfter, now).orElse(defaultWait));
        }
        if (status == 408 || status >= 500) {
            return SendResult.retry(status, detail);
        }
        return SendResult.failed(status, detail);
    }

    /** A Retry-After header's wait: delay-seconds or an HTTP date (RFC 9110 §10.2.3); empty when unusable. */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String describe(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return " " + (text.length() > MAX_BODY_IN_DETAIL ? text.substring(0, MAX_BODY_IN_DETAIL) + "…" : text);
    }
}
