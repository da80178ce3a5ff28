package com.kpiplatform.measurement.domain;

import java.time.Duration;

/**
 * A token bucket: {@code perSecond} requests a second, in bursts of up to a second's worth.
 * Thread-safe; one per API key.
 */
public final class RateLimit {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int perSecond;
    private double tokens;
    private long refilledAt;

    public RateLimit(int perSecond, long nowNanos) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.refilledAt = nowNanos;
    }

    public int perSecond() {
        return perSecond;
    }

    /** Takes a token; empty if there is one, else how long until there will be. */
    public synchronized Duration take(long nowNanos) {
        tokens = Math.min(perSecond, tokens + (nowNanos - refilledAt) * (double) perSecond / NANOS_PER_SECOND);
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond));
    }
}
