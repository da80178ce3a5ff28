package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.repository.RollupMaintenanceRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Folds the rollup deltas that writers append into the rollups, and recomputes dirty groups, a few
 * times a second. Deltas of many writes of one group collapse into one rollup update. Reads never
 * wait for it: they add the pending deltas themselves.
 */
@ApplicationScoped
public class RollupMerger {

    private static final Logger LOG = Logger.getLogger(RollupMerger.class);

    @Inject
    RollupMaintenanceRepository maintenance;

    @Inject
    MeasurementConfig config;

    @Scheduled(every = "${measurement.rollups.merge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void merge() {
        try {
            maintenance.merge(config.rollups().vacuumAfterDeadRows());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Merging rollups failed (%s); the deltas stay pending and are merged next time", e.toString());
        }
    }
}
