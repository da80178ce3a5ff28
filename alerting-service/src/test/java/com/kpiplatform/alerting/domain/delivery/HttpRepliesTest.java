package com.kpiplatform.alerting.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpRepliesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "200, ok,                  SENT,   null",
            "204, null,                SENT,   null",
            "400, invalid_payload,     FAILED, HTTP 400 invalid_payload",
            "403, action_prohibited,   FAILED, HTTP 403 action_prohibited",
            "404, channel_not_found,   FAILED, HTTP 404 channel_not_found",
            "410, channel_is_archived, FAILED, HTTP 410 channel_is_archived",
            "408, null,                RETRY,  HTTP 408",
            "500, rollup_error,        RETRY,  HTTP 500 rollup_error",
            "502, null,                RETRY,  HTTP 502",
            "503, null,                RETRY,  HTTP 503",
            "429, rate_limited,        RETRY,  HTTP 429 rate_limited"})
    void classifiesSlackAndWebhookAnswers(int status, String body, SendResult.Outcome outcome, String detail) {
        SendResult result = HttpReplies.classify(status, body, null, NOW, DEFAULT_WAIT);
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.statusCode()).isEqualTo(status);
        assertThat(result.detail()).isEqualTo(detail);
        assertThat(result.retryAfter()).isEqualTo(status == 429 ? DEFAULT_WAIT : null);
    }

    @ParameterizedTest(name = "Retry-After {0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "30,                            PT30S",
            "0,                             PT0S",
            "' 7 ',                         PT7S",
            "'Sun, 22 Nov 2026 08:02:00 GMT', PT2M",
            "'Sun, 22 Nov 2026 07:00:00 GMT', PT0S",
            "-5,                            PT30S",
            "soon,                          PT30S",
            "null,                          PT30S"})
    void a429WaitsForItsRetryAfterInSecondsOrAsADate(String header, Duration wait) {
        assertThat(HttpReplies.classify(429, "", header, NOW, DEFAULT_WAIT).retryAfter()).isEqualTo(wait);
    }

    @ParameterizedTest(name = "a body of {0} characters")
    @CsvSource({"200", "5000"})
    void longBodiesAreCutInTheDetail(int length) {
        String detail = HttpReplies.classify(500, "x".repeat(length), null, NOW, DEFAULT_WAIT).detail();
        assertThat(detail.length()).isLessThanOrEqualTo("HTTP 500 ".length() + 201);
    }
}
