package com.kpiplatform.support.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Histogram buckets for the timers that dashboards and alert rules take percentiles of (HTTP latency
 * per endpoint, the evaluation cycle), so p95/p99 can be aggregated across replicas in Prometheus.
 */
public class LatencyHistograms {

    static final Set<String> TIMERS = Set.of("http.server.requests", "alerting.evaluation.cycle");

    @Produces
    @Singleton
    MeterFilter percentileHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!TIMERS.contains(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
            }
        };
    }
}
