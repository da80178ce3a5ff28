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
import java.math.BigDecimal;
import java.time.Instant;

/** A key result's value as its owner reported it, with how confident they are of reaching the target. */
@Entity
@Table(name = "check_in")
public class CheckInEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_seq")
    @SequenceGenerator(name = "check_in_seq", sequenceName = "check_in_seq", allocationSize = 50)
    public Long id;

    public Long keyResultId;
    public BigDecimal value;
    public Integer confidence;
    public String note;
    public Instant checkedInAt;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "checked_in_by"))
    @AttributeOverride(name = "name", column = @Column(name = "checked_in_by_name"))
    public ActorColumns checkedInBy;
}
