package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
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
 * Period aggregates and the time of each KPI's latest measurement: one statement each, whatever
 * the number of KPIs and periods asked for. An aggregate combines the group's rollup with its
 * pending deltas, or, for a dirty group, its measurements (see {@link RollupRepository}).
 */
@ApplicationScoped
public class ActualsRepository {

    /** Per item, index lookups (LATERAL, so the planner never hashes whole tables) of its parts. */
    private static final String AGGREGATES = """
            WITH q AS (
                SELECT * FROM unnest(?::int[], ?::varchar[], ?::varchar[], ?::jsonb[], ?::timestamptz[], ?::timestamptz[],
                    ?::varchar[], ?::varchar[]) AS q(idx, kpi_key, period_key, filter, start_ts, end_ts, period_type, time_zone)),
            parts AS (
                SELECT q.idx, p.*
                FROM q CROSS JOIN LATERAL (
                    SELECT r.dimensions, r.measurements, r.total, r.minimum, r.maximum, r.first_ts, r.last_ts, r.last_value
                    FROM period_rollup r
                    WHERE r.kpi_key = q.kpi_key AND r.period_key = q.period_key
                    UNION ALL
                    SELECT d.dimensions, d.measurements, d.total, d.minimum, d.maximum, d.first_ts, d.last_ts, d.last_value
                    FROM rollup_delta d
                    WHERE d.kpi_key = q.kpi_key AND d.period_key = q.period_key
                      AND d.period_type = q.period_type AND d.time_zone = q.time_zone) p
                WHERE (q.filter IS NULL OR p.dimensions::jsonb @> q.filter)
                  AND NOT EXISTS (SELECT 1 FROM rollup_dirty x WHERE x.kpi_key = q.kpi_key AND x.period_key = q.period_key
                                  AND x.dimensions = p.dimensions)
                UNION ALL
                SELECT q.idx, m.dimensions, 1, m.value, m.value, m.value, m.ts, m.ts, m.value
                FROM q JOIN LATERAL (
                    SELECT x.dimensions FROM rollup_dirty x WHERE x.kpi_key = q.kpi_key AND x.period_key = q.period_key) x ON true
                JOIN LATERAL (
                    SELECT m.dimensions, m.value, m.ts FROM measurement m
                    WHERE m.kpi_key = q.kpi_key AND m.dimensions = x.dimensions AND m.ts >= q.start_ts AND m.ts < q.end_ts) m ON true
                WHERE (q.filter IS NULL OR x.dimensions::jsonb @> q.filter))
            SELECT idx, sum(measurements), sum(total), min(minimum), max(maximum), min(first_ts), max(last_ts),
                   (array_agg(last_value ORDER BY last_ts DESC, dimensions DESC))[1]
            FROM parts
            GROUP BY idx""";


    /**
     * The merged freshness, or later: a pending delta's, or for a KPI with dirty groups (whose
     * writes append no deltas) its measurements'.
     */
    private static final String LATEST = """
            SELECT k.kpi_key, greatest(f.last_ts,
                (SELECT max(d.last_ts) FROM rollup_delta d WHERE d.kpi_key = k.kpi_key),
                (SELECT max(m.ts) FROM measurement m WHERE m.kpi_key = k.kpi_key
                   AND EXISTS (SELECT 1 FROM rollup_dirty x WHERE x.kpi_key = k.kpi_key)))
            FROM unnest(?::varchar[]) AS k(kpi_key)
            LEFT JOIN kpi_freshness f ON f.kpi_key = k.kpi_key""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DimensionsCodec dimensions;

    /**
     * One (KPI, period, dimension filter) to aggregate; an empty filter takes all measurements, the
     * period's instants bound the measurements read for dirty groups, and only pending deltas
     * computed in the KPI's basis count.
     */
    public record Request(String kpiKey, String periodKey, Map<String, String> dimensions, Instant start, Instant end,
            RollupBasis basis) {
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
            select.setArray(4, SqlArrays.text(connection,
                    requests.stream().map(r -> dimensions.encodeFilter(r.dimensions())).toList()));
            select.setArray(5, SqlArrays.text(connection, requests.stream().map(Request::start).toList()));
            select.setArray(6, SqlArrays.text(connection, requests.stream().map(Request::end).toList()));
            select.setArray(7, SqlArrays.text(connection, requests.stream().map(r -> r.basis().periodType()).toList()));
            select.setArray(8, SqlArrays.text(connection, requests.stream().map(r -> r.basis().timeZone()).toList()));
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
