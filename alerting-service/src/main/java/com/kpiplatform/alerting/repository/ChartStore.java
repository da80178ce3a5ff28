package com.kpiplatform.alerting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a KPI's trend chart draws: its last periods' actuals and targets, oldest first. */
@ApplicationScoped
public class ChartStore {

    public record KpiSeries(String kpiKey, String name, String unit, String direction, BigDecimal amberTolerancePercent,
            List<Point> points) {
    }

    /** One period: its actual and the target it had (null when unknown). */
    public record Point(String periodKey, BigDecimal actual, BigDecimal target) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** The current period and up to {@code periods - 1} completed ones; empty for a KPI never evaluated. */
    public Optional<KpiSeries> series(String kpiKey, int periods) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            KpiSeries series;
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT name, unit, direction, amber_tolerance_percent, period_key, actual, target
                    FROM scorecard_entry WHERE kpi_key = ?""")) {
                statement.setString(1, kpiKey);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    series = new KpiSeries(kpiKey, rows.getString("name"), rows.getString("unit"),
                            rows.getString("direction"), rows.getBigDecimal("amber_tolerance_percent"), new ArrayList<>());
                    series.points().add(new Point(rows.getString("period_key"), rows.getBigDecimal("actual"),
                            rows.getBigDecimal("target")));
                }
            }
            // Completed periods: the final actuals, and the target their verdict judged them by.
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT p.period_key, p.value, v.target FROM period_actual p
                    LEFT JOIN period_verdict v ON v.kpi_key = p.kpi_key AND v.period_key = p.period_key
                    WHERE p.kpi_key = ? AND p.period_key < ? AND length(p.period_key) = length(?)
                    ORDER BY p.period_key DESC LIMIT ?""")) {
                String current = series.points().get(0).periodKey();
                statement.setString(1, kpiKey);
                statement.setString(2, current);
                statement.setString(3, current);
                statement.setInt(4, periods - 1);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        series.points().add(new Point(rows.getString(1), rows.getBigDecimal(2), rows.getBigDecimal(3)));
                    }
                }
            }
            Collections.reverse(series.points());
            return Optional.of(series);
        }
    }
}
