package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One KPI's status at one cycle: its red/amber/green history (written by {@link CycleStore}). */
@Entity
@Table(name = "kpi_evaluation")
public class KpiEvaluationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long cycleId;
    public String kpiKey;
    public String periodKey;
    public Instant evaluatedAt;
    public String status;
    public BigDecimal target;
    public BigDecimal stretch;
    public BigDecimal actual;
    public BigDecimal judged;
    public BigDecimal attainment;
    public BigDecimal pace;
    public BigDecimal forecast;
    public double elapsed;
    public Instant lastMeasurementAt;
    public String reason;
}
