package com.kpiplatform.alerting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A key result's latest status (written by {@link CycleStore}). */
@Entity
@Table(name = "key_result_status")
public class KeyResultStatusEntity extends PanacheEntityBase {

    @Id
    public Long keyResultId;

    public long objectiveId;
    public String objective;
    public String title;
    public String periodKey;
    public String ownerTeam;
    public String kpiKey;
    public String status;
    public BigDecimal progress;
    public BigDecimal expected;
    public Integer confidence;
    public Instant evaluatedAt;
}
