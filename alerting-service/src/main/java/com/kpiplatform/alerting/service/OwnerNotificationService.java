package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.repository.OwnerOptOutEntity;
import com.kpiplatform.alerting.rest.dto.OwnerNotifications;
import com.kpiplatform.support.actor.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Whether a KPI's owner gets its alerts by email: yes by default, unless the KPI opts out. */
@ApplicationScoped
public class OwnerNotificationService {

    @Inject
    AlertingConfig config;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnerNotifications get(String kpiKey) {
        OwnerOptOutEntity optOut = OwnerOptOutEntity.findById(kpiKey);
        return optOut == null ? new OwnerNotifications(kpiKey, config.delivery().ownerEmails(), null, null)
                : new OwnerNotifications(kpiKey, false, optOut.changedBy, optOut.changedAt);
    }

    @Transactional
    public OwnerNotifications set(String kpiKey, boolean enabled) {
        OwnerOptOutEntity optOut = OwnerOptOutEntity.findById(kpiKey);
        if (enabled && optOut != null) {
            optOut.delete();
        } else if (!enabled && optOut == null) {
            optOut = new OwnerOptOutEntity();
            optOut.kpiKey = kpiKey;
            optOut.changedBy = actor.name();
            optOut.changedAt = clock.instant();
            optOut.persist();
        }
        return enabled ? new OwnerNotifications(kpiKey, config.delivery().ownerEmails(), actor.name(), clock.instant())
                : new OwnerNotifications(kpiKey, false, optOut.changedBy, optOut.changedAt);
    }
}
