package com.kpiplatform.definition.service;

import com.kpiplatform.definition.repository.ActorColumns;
import com.kpiplatform.definition.repository.AuditedEntity;
import com.kpiplatform.support.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Stamps an audited row with who created or changed it, and when: the caller, now. */
@ApplicationScoped
public class AuditStamps {

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public void created(AuditedEntity entity) {
        entity.createdAt = clock.instant();
        entity.createdBy = ActorColumns.of(caller.actor());
        updated(entity);
    }

    public void updated(AuditedEntity entity) {
        entity.updatedAt = clock.instant();
        entity.updatedBy = ActorColumns.of(caller.actor());
    }
}
