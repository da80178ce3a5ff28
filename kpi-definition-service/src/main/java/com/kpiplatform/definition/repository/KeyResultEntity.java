package com.kpiplatform.definition.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A key result: from a start value to a target, driven by check-ins or by a linked KPI's actual. */
@Entity
@Table(name = "key_result")
public class KeyResultEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_result_seq")
    @SequenceGenerator(name = "key_result_seq", sequenceName = "key_result_seq", allocationSize = 50)
    public Long id;

    public Long objectiveId;
    public String title;
    public String description;

    @Column(name = "start_value")
    public BigDecimal start;

    @Column(name = "target_value")
    public BigDecimal target;

    public String unit;
    public BigDecimal weight;
    public String kpiKey;

    public boolean isLinkedToKpi() {
        return kpiKey != null;
    }
}
