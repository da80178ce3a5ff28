package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.Audit;
import com.kpiplatform.alerting.domain.delivery.OwnerNotifications;
import com.kpiplatform.alerting.repository.OwnerOptOutRepository;
import com.kpiplatform.alerting.repository.Transactions;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Whether a KPI's owner gets its alerts by email: yes by default, unless the KPI opts out. */
@ApplicationScoped
public class OwnerNotificationService {

    @Inject
    OwnerOptOutRepository optOuts;

    @Inject
    Transactions transactions;

    @Inject
    AlertingConfig config;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public OwnerNotifications get(String kpiKey) {
        return transactions.read(connection -> optOuts.find(connection, kpiKey))
                .map(optOut -> new OwnerNotifications(kpiKey, false, optOut))
                .orElseGet(() -> new OwnerNotifications(kpiKey, config.delivery().ownerEmails(), null));
    }

    public OwnerNotifications set(String kpiKey, boolean enabled) {
        Audit changed = new Audit(caller.actor(), clock.instant());
        return transactions.inTransaction(connection -> {
            if (enabled) {
                optOuts.optIn(connection, kpiKey);
                return new OwnerNotifications(kpiKey, config.delivery().ownerEmails(), changed);
            }
            optOuts.optOut(connection, kpiKey, changed);
            return new OwnerNotifications(kpiKey, false, optOuts.find(connection, kpiKey).orElse(changed));
        });
    }
}
