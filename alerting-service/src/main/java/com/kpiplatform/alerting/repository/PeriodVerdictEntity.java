package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Whether a KPI met its target in a completed period, decided once when the period closed. */
@Entity
@Table(name = "period_verdict")
public class PeriodVerdictEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kpiKey;
    public String periodKey;
    public Instant decidedAt;
    public String status;
    public boolean missed;
    public BigDecimal actual;
    public BigDecimal target;
    public String message;
}
