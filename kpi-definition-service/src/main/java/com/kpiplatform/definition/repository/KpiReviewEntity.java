package com.kpiplatform.definition.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String reviewedBy;
    public String note;
}
