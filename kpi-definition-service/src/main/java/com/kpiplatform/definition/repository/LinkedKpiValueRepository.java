package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.okr.KpiPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last value read for each KPI over an objective's period: what a KPI-linked key result shows while
 * the measurement-service cannot be reached, and, once final, what it shows for good.
 */
@ApplicationScoped
public class LinkedKpiValueRepository {

    /** A value as it was read, and whether it is final. */
    public record Stored(BigDecimal value, String reason, Instant lastMeasurementAt, Instant fetchedAt, boolean isFinal) {
    }

    @Inject
    EntityManager entityManager;

    public Map<KpiPeriod, Stored> find(Collection<KpiPeriod> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT v.kpi_key, v.period_key, v.value, v.reason, v.last_measurement_at, v.fetched_at, v.final
                FROM linked_kpi_value v JOIN unnest(:kpis, :periods) AS k(kpi_key, period_key)
                  ON v.kpi_key = k.kpi_key AND v.period_key = k.period_key""")
                .setParameter("kpis", keys.stream().map(KpiPeriod::kpiKey).toArray(String[]::new))
                .setParameter("periods", keys.stream().map(KpiPeriod::periodKey).toArray(String[]::new))
                .getResultList();
        Map<KpiPeriod, Stored> found = new HashMap<>();
        for (Object[] row : rows) {
            found.put(new KpiPeriod((String) row[0], (String) row[1]), new Stored((BigDecimal) row[2], (String) row[3],
                    instant(row[4]), instant(row[5]), (Boolean) row[6]));
        }
        return found;
    }

    /** Stores freshly read values, in a transaction of their own; a final value is never overwritten. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveAll(List<Map.Entry<KpiPeriod, Stored>> values) {
        values.forEach(entry -> save(entry.getKey(), entry.getValue()));
    }

    private void save(KpiPeriod key, Stored value) {
        entityManager.createNativeQuery("""
                INSERT INTO linked_kpi_value (kpi_key, period_key, value, reason, last_measurement_at, fetched_at, final)
                VALUES (:kpi, :period, CAST(:value AS numeric), CAST(:reason AS varchar), CAST(:lastMeasurementAt AS timestamptz),
                        :fetchedAt, :final)
                ON CONFLICT (kpi_key, period_key) DO UPDATE SET value = excluded.value, reason = excluded.reason,
                    last_measurement_at = excluded.last_measurement_at, fetched_at = excluded.fetched_at,
                    final = excluded.final
                WHERE NOT linked_kpi_value.final""")
                .setParameter("kpi", key.kpiKey()).setParameter("period", key.periodKey())
                .setParameter("value", value.value()).setParameter("reason", value.reason())
                .setParameter("lastMeasurementAt", value.lastMeasurementAt())
                .setParameter("fetchedAt", value.fetchedAt()).setParameter("final", value.isFinal())
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return (Instant) value;
    }
}
