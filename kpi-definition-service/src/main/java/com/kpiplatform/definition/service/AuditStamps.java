package com.kpiplatform.definition.service;

import com.kpiplatform.definition.repository.AuditedEntity;
import com.kpiplatform.support.actor.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Stamps an audited row with who created or changed it, and when: the caller, now. */
@ApplicationScoped
public class AuditStamps {

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    public void created(AuditedEntity entity) {
        entity.createdAt = clock.instant();
        entity.createdBy = actor.name();
        updated(entity);
    }

    public void updated(AuditedEntity entity) {
        entity.updatedAt = clock.instant();
        entity.updatedBy = actor.name();
    }
}
