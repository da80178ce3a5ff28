package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurements.Group;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.domain.Timestamps;
import com.kpiplatform.support.jdbc.CopyText;
import com.kpiplatform.support.period.PeriodType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What writes record for the per-period rollups, in the writer's transaction. Writers never update
 * rollups: fresh measurements append deltas (one row per group they touch, with the basis its
 * period key was computed in), replaced or removed ones mark their groups dirty. The merge worker
 * folds them in later (see {@link RollupRecomputeRepository}).
 */
@ApplicationScoped
public class RollupRepository {

    /** Appends what fresh measurements add to their groups, computed in the given bases. */
    public void appendDeltas(Connection connection, SortedMap<Group, PeriodAggregate> deltas, Map<String, RollupBasis> bases)
            throws SQLException {
        StringBuilder rows = new StringBuilder(deltas.size() * 140);
        deltas.forEach((group, delta) -> {
            RollupBasis basis = bases.get(group.kpiKey());
            rows.append(group.kpiKey()).append('\t').append(basis.periodType()).append('\t').append(basis.timeZone()).append('\t');
            CopyText.appendEscaped(rows, group.dimensions());
            rows.append('\t').append(group.periodKey()).append('\t').append(delta.count())
                    .append('\t').append(delta.sum().toPlainString())
                    .append('\t').append(delta.min().toPlainString())
                    .append('\t').append(delta.max().toPlainString())
                    .append('\t');
            Timestamps.append(rows, delta.first());
            rows.append('\t');
            Timestamps.append(rows, delta.last());
            rows.append('\t').append(delta.lastValue().toPlainString()).append('\n');
        });
        CopyText.copy(connection, "COPY rollup_delta (kpi_key, period_type, time_zone, dimensions, period_key,"
                + " measurements, total, minimum, maximum, first_ts, last_ts, last_value) FROM STDIN", rows);
    }

    /** Marks groups whose measurements were replaced or removed; reads compute them from measurements. */
    public void markDirty(Connection connection, SortedSet<Group> groups) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO rollup_dirty (kpi_key, dimensions, period_key)
                SELECT * FROM unnest(?::varchar[], ?::text[], ?::varchar[]) ON CONFLICT DO NOTHING""")) {
            insert.setArray(1, SqlArrays.text(connection, groups.stream().map(Group::kpiKey).toList()));
            insert.setArray(2, SqlArrays.text(connection, groups.stream().map(Group::dimensions).toList()));
            insert.setArray(3, SqlArrays.text(connection, groups.stream().map(Group::periodKey).toList()));
            insert.executeUpdate();
        }
    }

    /**
     * Records the basis of KPIs seen for the first time and answers the KPIs whose stored basis
     * differs from the given one: their rollups must be rebuilt before they take new deltas.
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
        return staleBasis(connection, bases);
    }

    /** The KPIs whose rollups exist for another basis than the given one. */
    public List<String> staleBasis(Connection connection, Map<String, RollupBasis> bases) throws SQLException {
        Map<String, RollupBasis> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kpi_key, period_type, time_zone FROM rollup_basis WHERE kpi_key = ANY(?::varchar[])")) {
            select.setArray(1, SqlArrays.text(connection, bases.keySet()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), new RollupBasis(PeriodType.valueOf(rows.getString(2)), rows.getString(3)));
                }
            }
        }
        return stored.entrySet().stream().filter(e -> !e.getValue().equals(bases.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Sets a KPI's freshness from its measurements, after some were removed. */
    public void refreshFreshness(Connection connection, String kpiKey) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                WITH latest AS (SELECT max(ts) AS ts FROM measurement WHERE kpi_key = ?)
                UPDATE kpi_freshness SET last_ts = latest.ts FROM latest WHERE kpi_key = ? AND latest.ts IS NOT NULL""");
                PreparedStatement delete = connection.prepareStatement("""
                DELETE FROM kpi_freshness WHERE kpi_key = ? AND NOT EXISTS (SELECT 1 FROM measurement WHERE kpi_key = ?)""")) {
            update.setString(1, kpiKey);
            update.setString(2, kpiKey);
            update.executeUpdate();
            delete.setString(1, kpiKey);
            delete.setString(2, kpiKey);
            delete.executeUpdate();
        }
    }
}
