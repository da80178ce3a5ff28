package com.kpiplatform.alerting.domain.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One notification to one addressee, and how its delivery went, as people read it; its attempts
 * only when one delivery is read.
 */
public record Delivery(long id, String idempotencyKey, Addressee to, Origin origin, Content content,
        Progress progress, List<Attempt> history) {

    /** What routed it: a subscription (null for owners), about an alert (null for digests, verdicts, tests). */
    public record Origin(Long subscriptionId, Long alertId) {
    }

    /** What it tells: its kind, a one-line summary, and the notice as stored (what webhooks receive). */
    public record Content(NoticeKind kind, String summary, Map<String, Object> notice) {
    }

    /** @param nextAttemptAt when the next attempt is due, while PENDING */
    public record Progress(DeliveryState state, int attempts, Instant nextAttemptAt, String lastError,
            Instant createdAt, Instant sentAt) {
    }

    /** One try: SENT, RETRY, FAILED or DEAD, with the HTTP status or SMTP reply code. */
    public record Attempt(Instant at, String outcome, Integer statusCode, String detail, long durationMs) {
    }
}
