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

/** A review of a KPI by a person: is it still the right measure, with the right targets? */
@Entity
@Table(name = "kpi_review")
public class KpiReviewEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_review_seq")
    @SequenceGenerator(name = "kpi_review_seq", sequenceName = "kpi_review_seq", allocationSize = 50)
    public Long id;

    public Long kpiId;
    public Instant reviewedAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "reviewed_by"))
    @AttributeOverride(name = "name", column = @Column(name = "reviewed_by_name"))
    public ActorColumns reviewedBy;
    public String note;
}
