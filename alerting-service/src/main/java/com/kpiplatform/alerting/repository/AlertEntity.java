package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An alert (its lifecycle is driven by the evaluation cycle through {@link AlertStore}). */
@Entity
@Table(name = "alert")
public class AlertEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;
    public String subjectType;
    public String subjectKey;
    public String dimensions;
    public String periodKey;
    public String title;
    public String ownerTeam;
    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(50)[]")
    public List<String> tags = new ArrayList<>();

    public String state;
    public String status;
    public String severity;
    public String notifiedSeverity;
    public int streak;
    public boolean acknowledged;
    public String acknowledgedBy;
    public Instant acknowledgedAt;
    public Instant lastNotifiedAt;
    public Instant openedAt;
    public Instant firedAt;
    public Instant resolvedAt;
    public BigDecimal value;
    public BigDecimal target;

    @Version
    public long version;
}
