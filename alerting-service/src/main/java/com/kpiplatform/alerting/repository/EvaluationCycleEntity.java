package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One evaluation cycle, as recorded (written by {@link CycleStore}). */
@Entity
@Table(name = "evaluation_cycle")
public class EvaluationCycleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String trigger;
    public String status;
    public Instant startedAt;
    public Instant finishedAt;
    public Long durationMs;
    public int kpisEvaluated;
    public int keyResultsEvaluated;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Map<String, Long>> statuses;

    public int alertsOpened;
    public int alertsResolved;
    public String error;
}
