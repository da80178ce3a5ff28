package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actuals of KPIs' completed periods, which anomaly scores and target realism are judged
 * against, newest period first. The cycle keeps them, so a KPI's history is read from the
 * measurement-service once and then only its latest completed period.
 */
public final class PeriodHistory {

    /** A completed period's final actual. */
    public record PeriodValue(String periodKey, BigDecimal value) {
    }

    private final Map<String, List<PeriodValue>> byKpi = new HashMap<>();
    private final int periods;

    /**
     * @param stored each KPI's kept actuals, newest first
     * @param periods how many completed periods a judgement looks back
     */
    public PeriodHistory(Map<String, List<PeriodValue>> stored, int periods) {
        stored.forEach((kpi, values) -> byKpi.put(kpi, new ArrayList<>(values)));
        this.periods = periods;
    }

    /** The actuals of completed periods among {@code read} that the history does not hold yet, or holds with another value. */
    public List<PeriodActual> changedBy(List<Kpi> kpis, List<PeriodActual> read) {
        Set<String> current = kpis.stream().map(k -> k.key() + "|" + k.currentPeriod().key()).collect(Collectors.toSet());
        Map<String, BigDecimal> kept = new HashMap<>();
        byKpi.forEach((kpi, values) -> values.forEach(v -> kept.put(kpi + "|" + v.periodKey(), v.value())));
        return read.stream()
                .filter(a -> !current.contains(a.kpiKey() + "|" + a.periodKey()))
                .filter(a -> {
                    BigDecimal known = kept.get(a.kpiKey() + "|" + a.periodKey());
                    return known == null ? a.value() != null : a.value() == null || known.compareTo(a.value()) != 0;
                })
                .toList();
    }

    /** Takes in actuals that {@link #changedBy} found. */
    public void record(List<PeriodActual> changed) {
        for (PeriodActual actual : changed) {
            List<PeriodValue> values = byKpi.computeIfAbsent(actual.kpiKey(), k -> new ArrayList<>());
            values.removeIf(v -> v.periodKey().equals(actual.periodKey()));
            if (actual.value() != null) {
                values.add(new PeriodValue(actual.periodKey(), actual.value()));
            }
            values.sort(Comparator.comparing(PeriodValue::periodKey).reversed());
        }
    }

    /**
     * The actuals of the KPI's completed periods before {@code currentPeriodKey}, newest first. Keys of
     * another period type (the KPI's type changed) are left out: they are not comparable.
     */
    public List<Double> before(String kpiKey, String currentPeriodKey) {
        String shape = shape(currentPeriodKey);
        return byKpi.getOrDefault(kpiKey, List.of()).stream()
                .filter(p -> p.periodKey().compareTo(currentPeriodKey) < 0 && shape(p.periodKey()).equals(shape))
                .limit(periods).map(p -> p.value().doubleValue()).toList();
    }

    /** The form of a period key with its digits masked ({@code 9999-99}, {@code 9999-Q9}, {@code 9999-W99}…). */
    private static String shape(String periodKey) {
        char[] chars = periodKey.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '9';
            }
        }
        return new String(chars);
    }
}
