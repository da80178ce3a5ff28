package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurements.Group;
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
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Removes a range of a KPI's measurements for a correction, marks the rollup groups it touched
 * dirty (see {@link RollupStore}), and records who removed what, all in one transaction.
 */
@ApplicationScoped
public class MeasurementDeletionStore {

    private static final String DELETE = """
            WITH deleted AS (
                DELETE FROM measurement m
                WHERE m.kpi_key = ? AND m.ts >= ? AND m.ts < ? AND (?::jsonb IS NULL OR m.dimensions::jsonb @> ?::jsonb)
                RETURNING m.ts, m.dimensions)
            SELECT dimensions, count(*), min(ts), max(ts) FROM deleted GROUP BY dimensions""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupStore rollups;

    /** Who asks for the deletion, for the audit. */
    public record Audit(String actor, String requestId, Instant at) {
    }

    /** Deletes and answers how many measurements were removed. */
    public long delete(String kpiKey, RollupBasis basis, Instant from, Instant to, String dimensions, Audit audit) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long deleted = 0;
                SortedSet<Group> touched = new TreeSet<>();
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                    delete.setString(1, kpiKey);
                    delete.setTimestamp(2, Timestamp.from(from));
                    delete.setTimestamp(3, Timestamp.from(to));
                    delete.setString(4, dimensions);
                    delete.setString(5, dimensions);
                    try (ResultSet result = delete.executeQuery()) {
                        while (result.next()) {
                            deleted += result.getLong(2);
                            for (RollupStore.Recompute group : RollupStore.periodsBetween(kpiKey, basis,
                                    ActualsRepository.instant(result, 3), ActualsRepository.instant(result, 4), result.getString(1))) {
                                touched.add(new Group(kpiKey, group.dimensions(), group.period().key()));
                            }
                        }
                    }
                }
                // Rollups kept for another basis are rebuilt from the remaining measurements anyway.
                if (!touched.isEmpty() && rollups.claimBasis(connection, Map.of(kpiKey, basis)).isEmpty()) {
                    rollups.markDirty(connection, touched);
                }
                if (deleted > 0) {
                    rollups.refreshFreshness(connection, kpiKey);
                }
                record(connection, kpiKey, from, to, dimensions, deleted, audit);
                connection.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    private static void record(Connection connection, String kpiKey, Instant from, Instant to, String dimensions,
            long deleted, Audit audit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO measurement_deletion (id, kpi_key, from_ts, to_ts, dimensions_filter, deleted, deleted_by,
                    deleted_at, request_id)
                VALUES (nextval('measurement_deletion_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, kpiKey);
            insert.setTimestamp(2, Timestamp.from(from));
            insert.setTimestamp(3, Timestamp.from(to));
            insert.setString(4, dimensions);
            insert.setLong(5, deleted);
            insert.setString(6, audit.actor());
            insert.setTimestamp(7, Timestamp.from(audit.at()));
            insert.setString(8, audit.requestId());
            insert.executeUpdate();
        }
    }
}
