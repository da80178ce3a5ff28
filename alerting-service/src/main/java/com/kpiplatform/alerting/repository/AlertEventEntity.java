package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of an alert's timeline. */
@Entity
@Table(name = "alert_event")
public class AlertEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long alertId;
    public Instant at;
    public String type;
    public boolean notifies;
    public boolean silenced;
    public String status;
    public String severity;
    public BigDecimal value;
    public String detail;
}
