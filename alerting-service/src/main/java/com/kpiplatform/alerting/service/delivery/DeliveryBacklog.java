package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.repository.DeliveryRepository;
import com.kpiplatform.alerting.repository.Transactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code alerting_deliveries_pending}: the outbox's backlog, read from the table when scraped, so every
 * replica reports the same number and an alert rule can watch it grow.
 */
@Startup
@ApplicationScoped
public class DeliveryBacklog {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Transactions transactions;

    @Inject
    MeterRegistry metrics;

    @PostConstruct
    void register() {
        Gauge.builder("alerting.deliveries.pending", this, DeliveryBacklog::pending)
                .description("Deliveries waiting to be sent (NaN while the database cannot be read)")
                .register(metrics);
    }

    private double pending() {
        try {
            return transactions.read(deliveries::pendingCount);
        } catch (Transactions.DatabaseException e) {
            return Double.NaN;
        }
    }
}
