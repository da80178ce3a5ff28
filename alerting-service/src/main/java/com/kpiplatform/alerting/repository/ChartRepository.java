package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.domain.delivery.KpiSeries;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a KPI's trend chart draws, from its scorecard entry and its completed periods' actuals and verdicts. */
@ApplicationScoped
public class ChartRepository {

    /** The current period and up to {@code periods - 1} completed ones; empty for a KPI never evaluated. */
    public Optional<KpiSeries> series(Connection connection, String kpiKey, int periods) throws SQLException {
        Optional<KpiSeries> current = Jdbc.first(connection, """
                SELECT name, unit, direction, amber_tolerance_percent, period_key, actual, target
                FROM scorecard_entry WHERE kpi_key = ?""", statement -> statement.setString(1, kpiKey), rows -> {
                    List<KpiSeries.Point> points = new ArrayList<>();
                    points.add(new KpiSeries.Point(rows.getString("period_key"), rows.getBigDecimal("actual"),
                            rows.getBigDecimal("target")));
                    return new KpiSeries(kpiKey, rows.getString("name"), rows.getString("unit"), rows.getString("direction"),
                            rows.getBigDecimal("amber_tolerance_percent"), points);
                });
        if (current.isEmpty()) {
            return current;
        }
        KpiSeries series = current.get();
        String currentPeriod = series.points().get(0).periodKey();
        // Completed periods: the final actuals, and the target their verdict judged them by.
        series.points().addAll(Jdbc.list(connection, """
                SELECT p.period_key, p.value, v.target FROM period_actual p
                LEFT JOIN period_verdict v ON v.kpi_key = p.kpi_key AND v.period_key = p.period_key
                WHERE p.kpi_key = ? AND p.period_key < ? AND length(p.period_key) = length(?)
                ORDER BY p.period_key DESC LIMIT ?""", statement -> {
                    statement.setString(1, kpiKey);
                    statement.setString(2, currentPeriod);
                    statement.setString(3, currentPeriod);
                    statement.setInt(4, periods - 1);
                }, rows -> new KpiSeries.Point(rows.getString(1), rows.getBigDecimal(2), rows.getBigDecimal(3))));
        Collections.reverse(series.points());
        return Optional.of(series);
    }
}
