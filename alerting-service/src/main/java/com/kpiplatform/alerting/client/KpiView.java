package com.kpiplatform.alerting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kpiplatform.alerting.domain.kpi.Aggregation;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.JudgingRules;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.PeriodWindow;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.alerting.domain.kpi.Target;
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
record KpiView(String key, String name, String unit, String category, String level, OwnerView owner,
        List<String> tags, Direction direction, Aggregation aggregation, PeriodType period, String timeZone,
        Thresholds thresholds, RangeView range, Duration staleAfter, String formula, PeriodBounds currentPeriod,
        BigDecimal target, BigDecimal stretch) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnerView(String team, String name, String email) {

        com.kpiplatform.alerting.domain.kpi.Owner toOwner() {
            return new com.kpiplatform.alerting.domain.kpi.Owner(team, name, email);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Thresholds(BigDecimal amberTolerancePercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RangeView(BigDecimal min, BigDecimal max) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodBounds(String key, Instant start, Instant end) {
    }

    Kpi toKpi() {
        Profile profile = new Profile(name, unit, category, level, tags, owner == null ? null : owner.toOwner());
        JudgingRules rules = new JudgingRules(direction, aggregation, period,
                thresholds == null ? null : thresholds.amberTolerancePercent(),
                range == null ? null : new com.kpiplatform.alerting.domain.kpi.Range(range.min(), range.max()), staleAfter);
        return new Kpi(key, profile, rules, new PeriodWindow(currentPeriod.key(), currentPeriod.start(),
                currentPeriod.end()), new Target(target, stretch));
    }
}
