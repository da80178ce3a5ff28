package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.judging.PeriodHistory.PeriodValue;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The final actuals of KPIs' completed periods, kept so that history is read from the measurement-service once. */
@ApplicationScoped
public class PeriodActualRepository {

    /** Each KPI's latest {@code periods + 1} kept actuals, newest period first. */
    public Map<String, List<PeriodValue>> history(Connection connection, Collection<String> kpiKeys, int periods)
            throws SQLException {
        Map<String, List<PeriodValue>> history = new HashMap<>();
        for (Map.Entry<String, PeriodValue> row : Jdbc.list(connection, """
                SELECT kpi_key, period_key, value FROM (
                    SELECT kpi_key, period_key, value,
                           row_number() OVER (PARTITION BY kpi_key ORDER BY period_key DESC) AS n
                    FROM period_actual WHERE kpi_key = ANY(?) AND value IS NOT NULL) recent
                WHERE n <= ? ORDER BY kpi_key, period_key DESC""", statement -> {
                    statement.setArray(1, Jdbc.textArray(connection, kpiKeys));
                    statement.setInt(2, periods + 1);
                }, rows -> Map.entry(rows.getString(1), new PeriodValue(rows.getString(2), rows.getBigDecimal(3))))) {
            history.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        return history;
    }

    /** Keeps the actuals of completed periods; late measurements update them. */
    public void save(Connection connection, List<PeriodActual> actuals) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO period_actual (kpi_key, period_key, value, count) VALUES (?, ?, ?, ?)
                ON CONFLICT (kpi_key, period_key) DO UPDATE SET value = excluded.value, count = excluded.count
                WHERE period_actual.value IS DISTINCT FROM excluded.value OR period_actual.count <> excluded.count""")) {
            for (PeriodActual actual : actuals) {
                statement.setString(1, actual.kpiKey());
                statement.setString(2, actual.periodKey());
                statement.setBigDecimal(3, actual.value());
                statement.setLong(4, actual.count());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
