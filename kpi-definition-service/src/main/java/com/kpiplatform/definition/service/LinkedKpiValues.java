package com.kpiplatform.definition.service;

import com.kpiplatform.definition.client.MeasurementClient;
import com.kpiplatform.definition.config.KpiDefinitionConfig;
import com.kpiplatform.definition.domain.okr.KpiPeriod;
import com.kpiplatform.definition.domain.okr.LinkedKpiValue;
import com.kpiplatform.definition.domain.okr.PeriodActual;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import com.kpiplatform.definition.repository.LinkedKpiValueRepository.Stored;
import com.kpiplatform.definition.repository.LinkedKpiValueRepository;
import com.kpiplatform.definition.repository.ObjectiveEntity;
import com.kpiplatform.support.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The values of KPIs over objectives' periods, for KPI-linked key results: read from the
 * measurement-service in one bulk call for all of them, remembered, and served from memory of the
 * last read (marked stale) while that service cannot be reached. Once a period has been closed
 * for {@code kpi-definition.okr.freeze-after}, its value is final and no longer read.
 */
@ApplicationScoped
public class LinkedKpiValues {

    private static final Logger LOG = Logger.getLogger(LinkedKpiValues.class);
    /** How old a remembered value may grow before an unchanged read still refreshes its time. */
    private static final Duration REFRESH_STORED_AFTER = Duration.ofMinutes(1);

    /** A KPI's value over one objective's period, as a key result shows it. */
    public record Value(BigDecimal value, Instant lastMeasurementAt, boolean stale, boolean isFinal, String reason) {
    }

    @Inject
    KpiRepository kpis;

    @Inject
    LinkedKpiValueRepository repository;

    @Inject
    MeasurementClient measurements;

    @Inject
    KpiDefinitionConfig config;

    @Inject
    Clock clock;

    /** The value of each (KPI, objective) pair, keyed by KPI and objective period. */
    public Map<KpiPeriod, Value> of(Map<KpiPeriod, ObjectiveEntity> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<KpiPeriod, Stored> stored = repository.find(wanted.keySet());
        Map<String, KpiEntity> kpisByKey = kpis.findByKeys(wanted.keySet().stream().map(KpiPeriod::kpiKey).distinct().toList())
                .stream().collect(Collectors.toMap(k -> k.key, Function.identity()));
        Map<KpiPeriod, Value> values = new HashMap<>();
        Map<KpiPeriod, List<Period>> toRead = new LinkedHashMap<>();
        wanted.forEach((key, objective) -> {
            Stored known = stored.get(key);
            if (known != null && known.isFinal()) {
                values.put(key, new Value(known.value(), known.lastMeasurementAt(), false, true, known.reason()));
            } else {
                KpiEntity kpi = kpisByKey.get(key.kpiKey());
                toRead.put(key, objective.objectivePeriod().kpiPeriods(kpi.period, LocalDate.ofInstant(now, kpi.zone())));
            }
        });
        if (!toRead.isEmpty()) {
            values.putAll(read(toRead, wanted, kpisByKey, stored, now));
        }
        return values;
    }

    private Map<KpiPeriod, Value> read(Map<KpiPeriod, List<Period>> toRead, Map<KpiPeriod, ObjectiveEntity> objectives,
            Map<String, KpiEntity> kpisByKey, Map<KpiPeriod, Stored> stored, Instant now) {
        List<PeriodActual> actuals;
        try {
            actuals = measurements.actuals(toRead.entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(p -> new KpiPeriod(e.getKey().kpiKey(), p.key())))
                    .toList());
        } catch (RuntimeException e) {
            LOG.warnf("Reading %d KPI values from the measurement-service failed, serving the last known ones: %s",
                    toRead.size(), e.toString());
            return lastKnown(toRead.keySet(), stored);
        }
        Map<KpiPeriod, Value> values = new HashMap<>();
        List<Map.Entry<KpiPeriod, Stored>> changed = new ArrayList<>();
        int next = 0;
        for (Map.Entry<KpiPeriod, List<Period>> entry : toRead.entrySet()) {
            KpiPeriod key = entry.getKey();
            List<PeriodActual> parts = actuals.subList(next, next + entry.getValue().size());
            next += entry.getValue().size();
            KpiEntity kpi = kpisByKey.get(key.kpiKey());
            LinkedKpiValue.Result result = LinkedKpiValue.combine(kpi.aggregation, kpi.formula != null, parts.stream()
                    .map(p -> new LinkedKpiValue.Part(p.period().periodKey(), p.value(), p.count())).toList());
            Instant lastMeasurementAt = parts.stream().map(PeriodActual::lastMeasurementAt).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            ObjectiveEntity objective = objectives.get(key);
            boolean isFinal = !now.isBefore(objective.objectivePeriod().end(objective.zone()).plus(config.okr().freezeAfter()));
            Stored fresh = new Stored(result.value(), result.reason(), lastMeasurementAt, now, isFinal);
            values.put(key, new Value(fresh.value(), lastMeasurementAt, false, isFinal, fresh.reason()));
            if (worthStoring(stored.get(key), fresh)) {
                changed.add(Map.entry(key, fresh));
            }
        }
        saveQuietly(changed);
        return values;
    }

    private static Map<KpiPeriod, Value> lastKnown(Collection<KpiPeriod> keys, Map<KpiPeriod, Stored> stored) {
        Map<KpiPeriod, Value> values = new HashMap<>();
        for (KpiPeriod key : keys) {
            Stored known = stored.get(key);
            values.put(key, known == null
                    ? new Value(null, null, true, false, "the measurement-service is unavailable and no value was read before")
                    : new Value(known.value(), known.lastMeasurementAt(), true, false,
                            "the measurement-service is unavailable; last value read at " + known.fetchedAt()));
        }
        return values;
    }

    private static boolean worthStoring(Stored before, Stored fresh) {
        return before == null || before.isFinal() != fresh.isFinal()
                || !Objects.equals(before.lastMeasurementAt(), fresh.lastMeasurementAt())
                || !Objects.equals(before.reason(), fresh.reason())
                || !sameNumber(before.value(), fresh.value())
                || before.fetchedAt().isBefore(fresh.fetchedAt().minus(REFRESH_STORED_AFTER));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    /** Remembering is best effort: a read that got its values answers them even if storing fails. */
    private void saveQuietly(List<Map.Entry<KpiPeriod, Stored>> changed) {
        if (changed.isEmpty()) {
            return;
        }
        try {
            repository.saveAll(changed);
        } catch (RuntimeException e) {
            LOG.warnf("Could not remember %d KPI values: %s", changed.size(), e.toString());
        }
    }
}
