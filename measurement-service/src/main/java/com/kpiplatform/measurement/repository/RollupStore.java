package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurements.Group;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.domain.RollupCorrection;
import com.kpiplatform.measurement.domain.RollupCorrection.Point;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The per-period rollups: deltas added by fresh measurements, groups recomputed from the
 * measurements when values are replaced or removed, and whole KPIs rebuilt when their period type
 * or time zone changes. Every statement works on a set of groups, never one at a time.
 */
@ApplicationScoped
public class RollupStore {

    private static final String UPSERT = """
            INSERT INTO period_rollup AS r (kpi_key, dimensions, period_key, measurements, total, minimum, maximum,
                first_ts, last_ts, last_value)
            SELECT * FROM unnest(?::varchar[], ?::text[], ?::varchar[], ?::bigint[], ?::numeric[], ?::numeric[],
                ?::numeric[], ?::timestamptz[], ?::timestamptz[], ?::numeric[])
            ON CONFLICT (kpi_key, period_key, dimensions) DO UPDATE SET
            """;

    /** Deltas of fresh measurements add to what is there. */
    private static final String ADD = """
                measurements = r.measurements + excluded.measurements,
                total = r.total + excluded.total,
                minimum = least(r.minimum, excluded.minimum),
                maximum = greatest(r.maximum, excluded.maximum),
                first_ts = least(r.first_ts, excluded.first_ts),
                last_value = CASE WHEN excluded.last_ts >= r.last_ts THEN excluded.last_value ELSE r.last_value END,
                last_ts = greatest(r.last_ts, excluded.last_ts)""";

    /** Corrected rollups replace what is there. */
    private static final String REPLACE = """
                measurements = excluded.measurements, total = excluded.total, minimum = excluded.minimum,
                maximum = excluded.maximum, first_ts = excluded.first_ts, last_ts = excluded.last_ts,
                last_value = excluded.last_value""";

    private static final String LOCK_CURRENT = """
            SELECT r.kpi_key, r.dimensions, r.period_key, r.measurements, r.total, r.minimum, r.maximum, r.first_ts,
                   r.last_ts, r.last_value
            FROM period_rollup r
            JOIN unnest(?::varchar[], ?::text[], ?::varchar[]) AS g(kpi_key, dimensions, period_key)
              ON r.kpi_key = g.kpi_key AND r.period_key = g.period_key AND r.dimensions = g.dimensions
            ORDER BY r.kpi_key, r.period_key, r.dimensions
            FOR UPDATE OF r""";

    private static final String DELETE_GROUPS = """
            DELETE FROM period_rollup r
            USING unnest(?::varchar[], ?::text[], ?::varchar[]) AS g(kpi_key, dimensions, period_key)
            WHERE r.kpi_key = g.kpi_key AND r.period_key = g.period_key
              AND (g.dimensions IS NULL OR r.dimensions = g.dimensions)""";

    private static final String RECOMPUTE_GROUPS = """
            INSERT INTO period_rollup (kpi_key, dimensions, period_key, measurements, total, minimum, maximum,
                first_ts, last_ts, last_value)
            SELECT m.kpi_key, m.dimensions, g.period_key, count(*), sum(m.value), min(m.value), max(m.value),
                   min(m.ts), max(m.ts), (array_agg(m.value ORDER BY m.ts DESC))[1]
            FROM unnest(?::varchar[], ?::text[], ?::varchar[], ?::timestamptz[], ?::timestamptz[])
                 AS g(kpi_key, dimensions, period_key, start_ts, end_ts)
            JOIN measurement m ON m.kpi_key = g.kpi_key AND m.ts >= g.start_ts AND m.ts < g.end_ts
                 AND (g.dimensions IS NULL OR m.dimensions = g.dimensions)
            GROUP BY m.kpi_key, g.period_key, m.dimensions
            ORDER BY 1, 3, 2""";

    /** A group to recompute: one KPI period, for one dimension combination or (null) all of them. */
    public record Recompute(String kpiKey, String dimensions, Period period, RollupBasis basis) {
    }

    /** Adds the aggregates of fresh measurements to their groups, in group order. */
    public void addDeltas(Connection connection, SortedMap<Group, PeriodAggregate> deltas) throws SQLException {
        upsert(connection, deltas, ADD);
    }

    private static void upsert(Connection connection, SortedMap<Group, PeriodAggregate> deltas, String onConflict)
            throws SQLException {
        int size = deltas.size();
        List<Object> kpis = new ArrayList<>(size);
        List<Object> dimensions = new ArrayList<>(size);
        List<Object> periods = new ArrayList<>(size);
        List<Object> counts = new ArrayList<>(size);
        List<Object> totals = new ArrayList<>(size);
        List<Object> minimums = new ArrayList<>(size);
        List<Object> maximums = new ArrayList<>(size);
        List<Object> firsts = new ArrayList<>(size);
        List<Object> lasts = new ArrayList<>(size);
        List<Object> lastValues = new ArrayList<>(size);
        deltas.forEach((group, delta) -> {
            kpis.add(group.kpiKey());
            dimensions.add(group.dimensions());
            periods.add(group.periodKey());
            counts.add(delta.count());
            totals.add(delta.sum().toPlainString());
            minimums.add(delta.min().toPlainString());
            maximums.add(delta.max().toPlainString());
            firsts.add(delta.first());
            lasts.add(delta.last());
            lastValues.add(delta.lastValue().toPlainString());
        });
        try (PreparedStatement statement = connection.prepareStatement(UPSERT + onConflict)) {
            List<List<Object>> columns = List.of(kpis, dimensions, periods, counts, totals, minimums, maximums, firsts,
                    lasts, lastValues);
            for (int i = 0; i < columns.size(); i++) {
                statement.setArray(i + 1, SqlArrays.text(connection, columns.get(i)));
            }
            statement.executeUpdate();
        }
    }

    /**
     * Brings the rollups of groups whose measurements an upsert replaced up to date: each group is
     * corrected from its current rollup and the values written and replaced, and recomputed from
     * its measurements only when that cannot tell (a replaced minimum or maximum).
     */
    public void correct(Connection connection, Map<Group, List<Point>> written, Map<Group, List<Point>> replaced,
            Map<String, RollupBasis> bases) throws SQLException {
        Map<Group, PeriodAggregate> current = lockCurrent(connection, written.keySet());
        TreeMap<Group, PeriodAggregate> corrected = new TreeMap<>();
        List<Recompute> recompute = new ArrayList<>();
        written.forEach((group, points) -> RollupCorrection.apply(current.get(group), points,
                replaced.getOrDefault(group, List.of())).ifPresentOrElse(
                        aggregate -> corrected.put(group, aggregate),
                        () -> recompute.add(recomputeOf(group, bases.get(group.kpiKey())))));
        if (!corrected.isEmpty()) {
            upsert(connection, corrected, REPLACE);
        }
        if (!recompute.isEmpty()) {
            recompute(connection, recompute);
        }
    }

    /** Recomputes groups from their measurements (after values were replaced or removed). */
    public void recompute(Connection connection, List<Recompute> groups) throws SQLException {
        List<Object> kpis = new ArrayList<>();
        List<Object> dimensions = new ArrayList<>();
        List<Object> periods = new ArrayList<>();
        List<Object> starts = new ArrayList<>();
        List<Object> ends = new ArrayList<>();
        for (Recompute group : groups) {
            kpis.add(group.kpiKey());
            dimensions.add(group.dimensions());
            periods.add(group.period().key());
            starts.add(group.period().start(group.basis().zone()));
            ends.add(group.period().end(group.basis().zone()));
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_GROUPS);
                PreparedStatement insert = connection.prepareStatement(RECOMPUTE_GROUPS)) {
            delete.setArray(1, SqlArrays.text(connection, kpis));
            delete.setArray(2, SqlArrays.text(connection, dimensions));
            delete.setArray(3, SqlArrays.text(connection, periods));
            delete.executeUpdate();
            List<List<Object>> columns = List.of(kpis, dimensions, periods, starts, ends);
            for (int i = 0; i < columns.size(); i++) {
                insert.setArray(i + 1, SqlArrays.text(connection, columns.get(i)));
            }
            insert.executeUpdate();
        }
    }

    /**
     * Records the basis of KPIs seen for the first time and answers the KPIs whose stored basis
     * differs from the given one: their rollups must be rebuilt before new deltas go in.
     */
    public List<String> claimBasis(Connection connection, Map<String, RollupBasis> bases) throws SQLException {
        List<String> keys = new ArrayList<>(bases.keySet());
        keys.sort(null);
        try (PreparedStatement claim = connection.prepareStatement("""
                INSERT INTO rollup_basis (kpi_key, period_type, time_zone)
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) ON CONFLICT (kpi_key) DO NOTHING""")) {
            claim.setArray(1, SqlArrays.text(connection, keys));
            claim.setArray(2, SqlArrays.text(connection, keys.stream().map(k -> bases.get(k).periodType()).toList()));
            claim.setArray(3, SqlArrays.text(connection, keys.stream().map(k -> bases.get(k).timeZone()).toList()));
            claim.executeUpdate();
        }
        Map<String, RollupBasis> stored = storedBasis(connection, keys);
        return keys.stream().filter(key -> !bases.get(key).equals(stored.get(key))).toList();
    }

    /** Rebuilds all rollups of one KPI for a new basis. Call under the exclusive rollup lock. */
    public void rebuild(Connection connection, String kpiKey, RollupBasis basis) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM period_rollup WHERE kpi_key = ?")) {
            delete.setString(1, kpiKey);
            delete.executeUpdate();
        }
        Instant[] range = timeRange(connection, kpiKey);
        if (range != null) {
            List<Recompute> periods = new ArrayList<>();
            for (Period period = basis.periodOf(range[0]); !period.start(basis.zone()).isAfter(range[1]); period = period.next()) {
                periods.add(new Recompute(kpiKey, null, period, basis));
            }
            recompute(connection, periods);
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO rollup_basis (kpi_key, period_type, time_zone) VALUES (?, ?, ?)
                ON CONFLICT (kpi_key) DO UPDATE SET period_type = excluded.period_type, time_zone = excluded.time_zone""")) {
            upsert.setString(1, kpiKey);
            upsert.setString(2, basis.periodType().name());
            upsert.setString(3, basis.timeZone());
            upsert.executeUpdate();
        }
    }

    private static Map<Group, PeriodAggregate> lockCurrent(Connection connection, Set<Group> groups) throws SQLException {
        Map<Group, PeriodAggregate> current = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(LOCK_CURRENT)) {
            select.setArray(1, SqlArrays.text(connection, groups.stream().map(Group::kpiKey).toList()));
            select.setArray(2, SqlArrays.text(connection, groups.stream().map(Group::dimensions).toList()));
            select.setArray(3, SqlArrays.text(connection, groups.stream().map(Group::periodKey).toList()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    current.put(new Group(rows.getString(1), rows.getString(2), rows.getString(3)),
                            new PeriodAggregate(rows.getLong(4), rows.getBigDecimal(5), rows.getBigDecimal(6),
                                    rows.getBigDecimal(7), rows.getTimestamp(8).toInstant(), rows.getTimestamp(9).toInstant(),
                                    rows.getBigDecimal(10)));
                }
            }
        }
        return current;
    }

    private static Recompute recomputeOf(Group group, RollupBasis basis) {
        return new Recompute(group.kpiKey(), group.dimensions(), basis.periodType().parse(group.periodKey()), basis);
    }

    private static Map<String, RollupBasis> storedBasis(Connection connection, List<String> keys) throws SQLException {
        Map<String, RollupBasis> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kpi_key, period_type, time_zone FROM rollup_basis WHERE kpi_key = ANY(?::varchar[])")) {
            select.setArray(1, SqlArrays.text(connection, keys));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), new RollupBasis(PeriodType.valueOf(rows.getString(2)), rows.getString(3)));
                }
            }
        }
        return stored;
    }

    private static Instant[] timeRange(Connection connection, String kpiKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT min(ts), max(ts) FROM measurement WHERE kpi_key = ?")) {
            select.setString(1, kpiKey);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp first = row.getTimestamp(1);
                return first == null ? null : new Instant[] {first.toInstant(), row.getTimestamp(2).toInstant()};
            }
        }
    }
}
