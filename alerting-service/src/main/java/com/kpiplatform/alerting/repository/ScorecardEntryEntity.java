package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.TargetRealism;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A KPI's latest evaluation with what a dashboard filters by (written by {@link CycleStore}). */
@Entity
@Table(name = "scorecard_entry")
public class ScorecardEntryEntity extends PanacheEntityBase {

    @Id
    public String kpiKey;

    public String name;
    public String unit;
    public String category;
    public String level;
    public String ownerTeam;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(50)[]")
    public List<String> tags = new ArrayList<>();

    public String direction;
    public String aggregation;
    public String periodKey;
    public Instant evaluatedAt;
    public String status;
    public BigDecimal target;
    public BigDecimal stretch;
    public BigDecimal actual;
    public BigDecimal attainment;
    public BigDecimal pace;
    public BigDecimal forecast;
    public BigDecimal previousActual;
    public Double anomalyScore;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TargetRealism.Finding> findings = new ArrayList<>();

    public String reason;
    public boolean historyLoaded;
    public String ownerName;
    public String ownerEmail;
    public BigDecimal amberTolerancePercent;
}
