package com.kpiplatform.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.alerting.domain.Aggregation;
import com.kpiplatform.alerting.domain.Direction;
import com.kpiplatform.support.period.PeriodType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One active KPI as the kpi-definition-service's evaluation view answers it. A tolerant reader:
 * fields the other service adds later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KpiView(String key, String name, String unit, String category, String level, Owner owner,
        List<String> tags, Direction direction, Aggregation aggregation, PeriodType period, String timeZone,
        Thresholds thresholds, Range range, Duration staleAfter, String formula, PeriodBounds currentPeriod,
        BigDecimal target, BigDecimal stretch) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(String team, String name, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thresholds(BigDecimal amberTolerancePercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Range(BigDecimal min, BigDecimal max) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PeriodBounds(String key, Instant start, Instant end) {
    }

    public String ownerTeam() {
        return owner == null ? null : owner.team();
    }
}
