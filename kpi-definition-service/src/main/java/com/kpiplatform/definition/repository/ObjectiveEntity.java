package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.okr.ObjectivePeriod;
import com.kpiplatform.definition.domain.okr.ObjectiveState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

@Entity
@Table(name = "objective")
public class ObjectiveEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objective_seq")
    @SequenceGenerator(name = "objective_seq", sequenceName = "objective_seq", allocationSize = 50)
    public Long id;

    public String title;
    public String description;

    @Column(name = "period_key")
    public String period;

    public String timeZone;

    @Enumerated(EnumType.STRING)
    public Level level;

    public String ownerTeam;
    public String ownerName;
    public String ownerEmail;
    public Long parentId;

    @Enumerated(EnumType.STRING)
    public ObjectiveState state = ObjectiveState.ACTIVE;

    public ObjectivePeriod objectivePeriod() {
        return ObjectivePeriod.parse(period);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isClosedAt(Instant now) {
        return objectivePeriod().isClosedAt(now, zone());
    }

    public boolean isActive() {
        return state == ObjectiveState.ACTIVE;
    }
}
