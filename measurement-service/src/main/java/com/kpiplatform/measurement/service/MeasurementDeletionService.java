package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.domain.Kpi;
import com.kpiplatform.measurement.domain.MeasurementRange;
import com.kpiplatform.measurement.repository.MeasurementDeletionRepository;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.requestid.RequestIds;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Removes measurements for corrections; every removal is audited. */
@ApplicationScoped
public class MeasurementDeletionService {

    @Inject
    KpiCatalog catalog;

    @Inject
    MeasurementDeletionRepository repository;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    MeasurementRetention retention;

    /** Deletes a KPI's measurements in [from, to) matching the dimension filter; answers how many. */
    public long delete(String kpiKey, Instant from, Instant to, Map<String, String> dimensions) {
        if (from == null || to == null) {
            throw ProblemException.invalid(from == null ? "from" : "to", "is required: deletions always name their range");
        }
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        Kpi kpi = catalog.require(kpiKey);
        retention.refusal(from, kpi.rollupBasis()).ifPresent(message -> {
            throw ProblemException.invalid("from", message);
        });
        return repository.delete(new MeasurementRange(kpiKey, from, to, dimensions), kpi.rollupBasis(),
                new MeasurementDeletionRepository.Audit(caller.actor(), RequestIds.current().orElse(null), clock.instant()));
    }
}
