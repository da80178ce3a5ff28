package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** The target (and optional stretch) of one KPI for one period. */
@Entity
@Table(name = "kpi_target")
public class KpiTargetEntity extends PanacheEntityBase {

    @EmbeddedId
    public Id id;

    public BigDecimal target;
    public BigDecimal stretch;
    public Instant updatedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "updated_by"))
    @AttributeOverride(name = "name", column = @Column(name = "updated_by_name"))
    public ActorColumns updatedBy;

    @Embeddable
    public record Id(@Column(name = "kpi_id") Long kpiId, @Column(name = "period_key") String periodKey)
            implements Serializable {
    }
}
