package com.kpiplatform.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Request outcomes, recorded by many threads: the latencies of the successful ones, reported as
 * percentiles in milliseconds, and the number that failed.
 */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
    private final AtomicLong failures = new AtomicLong();

    void record(long startNanos) {
        histogram.recordValue(Math.max(1, System.nanoTime() - startNanos));
    }

    /** Counts a failed request; answers the failures so far. */
    long fail() {
        return failures.incrementAndGet();
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000_000.0;
    }

    /** Successful requests. */
    long count() {
        return histogram.getTotalCount();
    }

    long failures() {
        return failures.get();
    }
}
