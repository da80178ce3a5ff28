package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.SilenceMatcher;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A silence: alerts it matches are recorded but not sent, between its start and end. */
@Entity
@Table(name = "silence")
public class SilenceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public SilenceMatcher matcher;

    public String value;
    public Instant startsAt;
    public Instant endsAt;
    public String reason;
    public String createdBy;
    public Instant createdAt;

    @Version
    public long version;
}
