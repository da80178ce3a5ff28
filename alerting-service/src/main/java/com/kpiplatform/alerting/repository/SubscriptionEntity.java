package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.SubscriptionRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Routes matching alerts to one channel. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;
    public long channelId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(64)[]")
    public List<String> kpiKeys = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(50)[]")
    public List<String> tags = new ArrayList<>();

    public String category;
    public String level;
    public String ownerTeam;

    @Enumerated(EnumType.STRING)
    public Severity minSeverity;

    public boolean sendResolved;
    public Long repeatIntervalSeconds;
    public boolean missedTargets;
    public boolean weeklyDigest;
    public boolean enabled;
    public String createdBy;
    public Instant createdAt;

    @Version
    public long version;

    public SubscriptionRule rule() {
        return new SubscriptionRule(new HashSet<>(kpiKeys), new HashSet<>(tags), category, level, ownerTeam, minSeverity);
    }

    /** Its own repeat interval, or null to follow the alert's (the service-wide one). */
    public Duration repeatInterval() {
        return repeatIntervalSeconds == null ? null : Duration.ofSeconds(repeatIntervalSeconds);
    }
}
