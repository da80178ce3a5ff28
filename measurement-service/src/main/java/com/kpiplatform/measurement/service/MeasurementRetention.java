package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.repository.MeasurementPartitions;
import com.kpiplatform.support.period.Period;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * How long measurements are kept ({@code measurement.retention.months}): whole UTC months before the
 * current one. A measurement is only taken, and a deletion only made, in KPI periods that start at or
 * after the horizon, because a period whose older measurements were dropped keeps its rollup and
 * could not be recomputed from what is left.
 */
@ApplicationScoped
public class MeasurementRetention {

    @Inject
    MeasurementConfig config;

    @Inject
    Clock clock;

    void validate(@Observes StartupEvent event) {
        config.retention().months().ifPresent(months -> {
            if (months < 1) {
                throw new IllegalStateException("measurement.retention.months must be at least 1 (whole months kept before"
                        + " the current one), or unset to keep every measurement; it is " + months);
            }
        });
    }

    /** The first instant whose measurements are kept, if measurements expire. */
    public Optional<Instant> horizon() {
        if (config.retention().months().isEmpty()) {
            return Optional.empty();
        }
        YearMonth current = MeasurementPartitions.monthOf(clock.instant());
        return Optional.of(MeasurementPartitions.start(current.minusMonths(config.retention().months().getAsInt())));
    }

    /** Why a measurement at this time may not be written or deleted, if it may not. */
    public Optional<String> refusal(Instant timestamp, RollupBasis basis) {
        return horizon().flatMap(horizon -> {
            Period period = basis.periodOf(timestamp);
            if (!period.start(basis.zone()).isBefore(horizon)) {
                return Optional.empty();
            }
            return Optional.of("lies in period " + period.key() + " of the KPI, which starts before " + horizon
                    + ": measurements are kept for " + config.retention().months().getAsInt()
                    + " whole months (measurement.retention.months), so it can no longer be changed");
        });
    }
}
