package com.kpiplatform.benchmarks;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Request latencies, recorded by many threads, reported as percentiles in milliseconds. */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);

    void record(long startNanos) {
        histogram.recordValue(Math.max(1, System.nanoTime() - startNanos));
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000_000.0;
    }

    long count() {
        return histogram.getTotalCount();
    }
}
