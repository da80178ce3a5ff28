package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.PeriodAggregate;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Period aggregates from the rollups, and the time of each KPI's latest measurement: one statement
 * each, whatever the number of KPIs and periods asked for.
 */
@ApplicationScoped
public class ActualsRepository {

    private static final String AGGREGATES = """
            SELECT q.idx, sum(r.measurements), sum(r.total), min(r.minimum), max(r.maximum), min(r.first_ts),
                   max(r.last_ts), (array_agg(r.last_value ORDER BY r.last_ts DESC, r.dimensions DESC))[1]
            FROM unnest(?::int[], ?::varchar[], ?::varchar[], ?::jsonb[]) AS q(idx, kpi_key, period_key, dimensions)
            JOIN period_rollup r ON r.kpi_key = q.kpi_key AND r.period_key = q.period_key
                 AND (q.dimensions IS NULL OR r.dimensions::jsonb @> q.dimensions)
            GROUP BY q.idx""";

    private static final String LATEST = """
            SELECT k.kpi_key, (SELECT max(m.ts) FROM measurement m WHERE m.kpi_key = k.kpi_key)
            FROM unnest(?::varchar[]) AS k(kpi_key)""";

    @Inject
    AgroalDataSource dataSource;

    /** One (KPI, period, dimension filter) to aggregate; {@code dimensions} is a JSON object or null for all. */
    public record Request(String kpiKey, String periodKey, String dimensions) {
    }

    /** The aggregate of each request, in order; null where there are no measurements. */
    public List<PeriodAggregate> aggregates(List<Request> requests) {
        List<PeriodAggregate> results = new ArrayList<>(Collections.nCopies(requests.size(), null));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(AGGREGATES)) {
            List<Object> indexes = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                indexes.add(i);
            }
            select.setArray(1, SqlArrays.text(connection, indexes));
            select.setArray(2, SqlArrays.text(connection, requests.stream().map(Request::kpiKey).toList()));
            select.setArray(3, SqlArrays.text(connection, requests.stream().map(Request::periodKey).toList()));
            select.setArray(4, SqlArrays.text(connection, requests.stream().map(Request::dimensions).toList()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    results.set(rows.getInt(1), new PeriodAggregate(rows.getLong(2), rows.getBigDecimal(3),
                            rows.getBigDecimal(4), rows.getBigDecimal(5), instant(rows, 6), instant(rows, 7),
                            rows.getBigDecimal(8)));
                }
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return results;
    }

    /** The time of each KPI's latest measurement (absent for KPIs without any). */
    public Map<String, Instant> latestMeasurements(Collection<String> kpiKeys) {
        Map<String, Instant> latest = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LATEST)) {
            select.setArray(1, SqlArrays.text(connection, kpiKeys));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant at = instant(rows, 2);
                    if (at != null) {
                        latest.put(rows.getString(1), at);
                    }
                }
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
        return latest;
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
