package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurements.Group;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.support.period.PeriodType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The statements of rollup maintenance: the merge worker folds in the deltas of each KPI's current
 * basis, turns deltas of another basis into dirty groups and recomputes dirty groups from their
 * measurements; a changed period type or time zone rebuilds a KPI. Call each on a REPEATABLE READ
 * transaction (see {@link RollupMaintenanceRepository}), so that the deltas folded and the
 * measurements recomputed are of one snapshot: what a later write adds stays pending.
 */
@ApplicationScoped
public class RollupRecomputeRepository {

    private static final String ADOPT_BASIS = """
            INSERT INTO rollup_basis (kpi_key, period_type, time_zone)
            SELECT DISTINCT ON (kpi_key) kpi_key, period_type, time_zone FROM rollup_delta ORDER BY kpi_key
            ON CONFLICT (kpi_key) DO NOTHING""";

    private static final String FOLD_DELTAS = """
            WITH moved AS (
                DELETE FROM rollup_delta d USING rollup_basis b
                WHERE b.kpi_key = d.kpi_key AND b.period_type = d.period_type AND b.time_zone = d.time_zone
                RETURNING d.*),
            fresh AS (
                INSERT INTO kpi_freshness AS f (kpi_key, last_ts)
                SELECT kpi_key, max(last_ts) FROM moved GROUP BY kpi_key ORDER BY kpi_key
                ON CONFLICT (kpi_key) DO UPDATE SET last_ts = greatest(f.last_ts, excluded.last_ts))
            INSERT INTO period_rollup AS r (kpi_key, dimensions, period_key, measurements, total, minimum, maximum,
                first_ts, last_ts, last_value)
            SELECT kpi_key, dimensions, period_key, sum(measurements), sum(total), min(minimum), max(maximum),
                   min(first_ts), max(last_ts), (array_agg(last_value ORDER BY last_ts DESC))[1]
            FROM moved
            GROUP BY kpi_key, period_key, dimensions
            ORDER BY kpi_key, period_key, dimensions
            ON CONFLICT (kpi_key, period_key, dimensions) DO UPDATE SET
                measurements = r.measurements + excluded.measurements,
                total = r.total + excluded.total,
                minimum = least(r.minimum, excluded.minimum),
                maximum = greatest(r.maximum, excluded.maximum),
                first_ts = least(r.first_ts, excluded.first_ts),
                last_value = CASE WHEN excluded.last_ts >= r.last_ts THEN excluded.last_value ELSE r.last_value END,
                last_ts = greatest(r.last_ts, excluded.last_ts)""";

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

    @Inject
    RollupRepository rollups;

    /** A group to recompute: one KPI period, for one dimension combination or (null) all of them. */
    private record Recompute(String kpiKey, String dimensions, Period period, RollupBasis basis) {
    }

    /** Folds the pending deltas into the rollups and recomputes the dirty groups. */
    public void merge(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(ADOPT_BASIS);
            statement.executeUpdate(FOLD_DELTAS);
        }
        rollups.markDirty(connection, foreignDeltaGroups(connection));
        List<Recompute> dirty = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                DELETE FROM rollup_dirty d USING rollup_basis b WHERE b.kpi_key = d.kpi_key
                RETURNING d.kpi_key, d.dimensions, d.period_key, b.period_type, b.time_zone""")) {
            while (rows.next()) {
                RollupBasis basis = new RollupBasis(PeriodType.valueOf(rows.getString(4)), rows.getString(5));
                dirty.add(new Recompute(rows.getString(1), rows.getString(2), basis.periodType().parse(rows.getString(3)), basis));
            }
        }
        if (!dirty.isEmpty()) {
            recompute(connection, dirty);
            try (PreparedStatement fresh = connection.prepareStatement("""
                    INSERT INTO kpi_freshness AS f (kpi_key, last_ts)
                    SELECT kpi_key, max(last_ts) FROM period_rollup WHERE kpi_key = ANY(?::varchar[])
                    GROUP BY kpi_key ORDER BY kpi_key
                    ON CONFLICT (kpi_key) DO UPDATE SET last_ts = greatest(f.last_ts, excluded.last_ts)""")) {
                fresh.setArray(1, SqlArrays.text(connection, dirty.stream().map(Recompute::kpiKey).distinct().toList()));
                fresh.executeUpdate();
            }
        }
    }

    /**
     * Removes the deltas computed in another basis than the KPI's (written by a replica that had
     * not yet seen a change of the KPI) and answers the groups of the KPI's basis they cover.
     */
    private static SortedSet<Group> foreignDeltaGroups(Connection connection) throws SQLException {
        SortedSet<Group> groups = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                DELETE FROM rollup_delta d USING rollup_basis b
                WHERE b.kpi_key = d.kpi_key AND (b.period_type <> d.period_type OR b.time_zone <> d.time_zone)
                RETURNING d.kpi_key, d.dimensions, d.first_ts, d.last_ts, b.period_type, b.time_zone""")) {
            while (rows.next()) {
                RollupBasis basis = new RollupBasis(PeriodType.valueOf(rows.getString(5)), rows.getString(6));
                groups.addAll(Group.between(rows.getString(1), rows.getString(2), basis, rows.getTimestamp(3).toInstant(),
                        rows.getTimestamp(4).toInstant()));
            }
        }
        return groups;
    }

    /** Rebuilds all rollups of one KPI for a new basis. */
    public void rebuild(Connection connection, String kpiKey, RollupBasis basis) throws SQLException {
        for (String table : List.of("period_rollup", "rollup_delta", "rollup_dirty", "kpi_freshness")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE kpi_key = ?")) {
                delete.setString(1, kpiKey);
                delete.executeUpdate();
            }
        }
        Instant[] range = timeRange(connection, kpiKey);
        if (range != null) {
            recompute(connection, basis.periodsBetween(range[0], range[1]).stream()
                    .map(period -> new Recompute(kpiKey, null, period, basis)).toList());
            try (PreparedStatement fresh = connection.prepareStatement(
                    "INSERT INTO kpi_freshness (kpi_key, last_ts) VALUES (?, ?)")) {
                fresh.setString(1, kpiKey);
                fresh.setTimestamp(2, Timestamp.from(range[1]));
                fresh.executeUpdate();
            }
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

    /** Recomputes groups from their measurements. */
    private static void recompute(Connection connection, List<Recompute> groups) throws SQLException {
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
