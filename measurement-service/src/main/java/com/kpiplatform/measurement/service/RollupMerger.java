package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.repository.RollupMaintenanceRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Folds the rollup deltas that writers append into the rollups, and recomputes dirty groups, every
 * {@code measurement.rollups.merge-every} on a thread of its own: the Quarkus scheduler runs nothing
 * more often than once a second, and the default is twice a second. Deltas of many writes of one
 * group collapse into one rollup update. Reads never wait for it: they add the pending deltas themselves.
 */
@ApplicationScoped
public class RollupMerger {

    private static final Logger LOG = Logger.getLogger(RollupMerger.class);

    @Inject
    RollupMaintenanceRepository maintenance;

    @Inject
    MeasurementConfig config;

    @Inject
    MeterRegistry metrics;

    private ScheduledExecutorService timer;
    private Counter merges;

    void start(@Observes StartupEvent event) {
        Duration every = config.rollups().mergeEvery();
        if (every.toMillis() < 1) {
            throw new IllegalStateException("measurement.rollups.merge-every must be at least 1ms, such as 0.5s or 2s;"
                    + " it is " + every);
        }
        merges = metrics.counter("measurement.rollups.merges");
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rollup-merger");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::merge, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void merge() {
        try {
            maintenance.merge(config.rollups().vacuumAfterDeadRows());
            merges.increment();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Merging rollups failed (%s); the deltas stay pending and are merged next time", e.toString());
        }
    }
}
