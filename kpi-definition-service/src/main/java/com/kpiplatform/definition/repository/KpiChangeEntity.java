package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change to a KPI or its targets: who changed which field from what to what. */
@Entity
@Table(name = "kpi_change")
public class KpiChangeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_change_seq")
    @SequenceGenerator(name = "kpi_change_seq", sequenceName = "kpi_change_seq", allocationSize = 50)
    public Long id;

    public Long kpiId;
    public Instant changedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "changed_by"))
    @AttributeOverride(name = "name", column = @Column(name = "changed_by_name"))
    public ActorColumns changedBy;
    public String action;
    public String field;
    public String oldValue;
    public String newValue;
}
