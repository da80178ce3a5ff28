package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.measurement.domain.Measurements;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.repository.MeasurementRepository;
import com.kpiplatform.measurement.repository.SqlFailures;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes validated measurements: one per natural key, last one winning, with the rollup deltas of
 * each KPI's current period type and time zone. A passing database failure is a 503 with
 * Retry-After; nothing is half-stored.
 */
@ApplicationScoped
public class MeasurementWriter {

    private static final Logger LOG = Logger.getLogger(MeasurementWriter.class);
    private static final long RETRY_AFTER_SECONDS = 5;

    @Inject
    MeasurementRepository repository;

    @Inject
    Clock clock;

    /** Writes one batch; answers how many distinct measurements were stored. */
    public int write(List<Measurement> measurements, Map<String, Kpi> kpis, Actor source, String requestId) {
        List<Measurement> unique = Measurements.latestPerKey(measurements);
        Map<String, RollupBasis> bases = new HashMap<>();
        unique.forEach(m -> bases.computeIfAbsent(m.kpiKey(), key -> kpis.get(key).rollupBasis()));
        try {
            return repository.write(unique, bases, source, requestId, clock.instant());
        } catch (SQLException e) {
            if (!SqlFailures.isTransient(e)) {
                throw new IllegalStateException("Writing measurements failed", e);
            }
            LOG.errorf(e, "Writing %d measurements failed", unique.size());
            throw ProblemException.unavailable("The measurements could not be stored (database unavailable); nothing "
                    + "was stored. Retry later: writes are idempotent.", RETRY_AFTER_SECONDS);
        }
    }
}
