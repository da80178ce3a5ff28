package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.repository.MeasurementPartitions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Creates the coming months' partitions of {@code measurement} ahead of their writes, and drops the
 * months that fall out of the retention, at start and then every
 * {@code measurement.partitions.maintain-every}. Rollups of dropped months stay, so their period
 * actuals are still answered; their raw measurements and series are gone.
 */
@ApplicationScoped
public class PartitionMaintenance {

    private static final Logger LOG = Logger.getLogger(PartitionMaintenance.class);

    @Inject
    MeasurementPartitions partitions;

    @Inject
    MeasurementRetention retention;

    @Inject
    MeasurementConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${measurement.partitions.maintain-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            maintain();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Maintaining the measurement partitions failed (%s); writes still create the months they need,"
                    + " and old months are dropped next time", e.toString());
        }
    }

    /** Creates the months ahead and drops those before the retention horizon; answers the months dropped. */
    public Set<YearMonth> maintain() throws SQLException {
        YearMonth current = MeasurementPartitions.monthOf(clock.instant());
        Set<YearMonth> ahead = new HashSet<>();
        for (int i = 0; i <= config.partitions().monthsAhead(); i++) {
            ahead.add(current.plusMonths(i));
        }
        partitions.ensure(ahead);
        Set<YearMonth> dropped = new HashSet<>();
        Optional<Instant> horizon = retention.horizon();
        if (horizon.isPresent()) {
            for (YearMonth month : partitions.existing()) {
                if (!MeasurementPartitions.start(month.plusMonths(1)).isAfter(horizon.get())) {
                    partitions.drop(month);
                    dropped.add(month);
                    LOG.infof("Dropped the measurements of %s: they are older than the retention of %d months", month,
                            config.retention().months().getAsInt());
                }
            }
        }
        return dropped;
    }
}
