package com.kpiplatform.alerting.domain.delivery;

import java.time.Duration;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code base · 2^(n-1)}, capped at {@code max}, so replicas retrying the same channel spread out.
 */
public record Backoff(Duration base, Duration max) {

    /**
     * @param attempts attempts made so far (1 after the first failure)
     * @param random a number in [0, 1)
     */
    public Duration delay(int attempts, double random) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long full = Math.min(max.toMillis(), base.toMillis() << doublings);
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random * (full - half)));
    }
}
