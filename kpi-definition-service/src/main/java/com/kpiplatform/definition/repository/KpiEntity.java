package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.Aggregation;
import com.kpiplatform.definition.domain.Category;
import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.definition.domain.IndicatorType;
import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.ReviewCadence;
import com.kpiplatform.support.period.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "kpi")
public class KpiEntity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_seq")
    @SequenceGenerator(name = "kpi_seq", sequenceName = "kpi_seq", allocationSize = 50)
    public Long id;

    @Column(name = "kpi_key", nullable = false, updatable = false)
    public String key;

    public String name;
    public String description;
    public String unit;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Level level;

    public String ownerTeam;
    public String ownerName;
    public String ownerEmail;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(50)[]")
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public IndicatorType indicatorType;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    public PeriodType period;

    public String timeZone;
    public BigDecimal defaultTarget;
    public BigDecimal rangeMin;
    public BigDecimal rangeMax;
    public BigDecimal baseline;
    public BigDecimal amberTolerancePercent;
    public String formula;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(64)[]")
    public List<String> formulaDependencies = new ArrayList<>();

    @Convert(converter = DurationSecondsConverter.class)
    @Column(name = "stale_after_seconds")
    public Duration staleAfter;

    @Enumerated(EnumType.STRING)
    public ReviewCadence reviewEvery;

    public Instant lastReviewedAt;

    @Enumerated(EnumType.STRING)
    public KpiLifecycle status = KpiLifecycle.ACTIVE;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return status == KpiLifecycle.ACTIVE;
    }
}
