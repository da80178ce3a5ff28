package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.MeasurementRange;
import com.kpiplatform.measurement.domain.Measurements.Group;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.persistence.QueryConditions;
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
 * dirty (see {@link RollupRepository}), and records who removed what, all in one transaction.
 */
@ApplicationScoped
public class MeasurementDeletionRepository {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DimensionsCodec dimensions;

    @Inject
    RollupRepository rollups;

    /** Who asks for the deletion, for the audit. */
    public record Audit(Actor actor, String requestId, Instant at) {
    }

    /** Deletes and answers how many measurements were removed. */
    public long delete(MeasurementRange range, RollupBasis basis, Audit audit) {
        QueryConditions conditions = MeasurementRangeConditions.of(range, dimensions);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long deleted = 0;
                SortedSet<Group> touched = new TreeSet<>();
                try (PreparedStatement delete = connection.prepareStatement("WITH deleted AS (DELETE FROM measurement m"
                        + conditions.sqlWhere() + " RETURNING m.ts, m.dimensions)"
                        + " SELECT dimensions, count(*), min(ts), max(ts) FROM deleted GROUP BY dimensions")) {
                    conditions.bind(delete, 1);
                    try (ResultSet result = delete.executeQuery()) {
                        while (result.next()) {
                            deleted += result.getLong(2);
                            touched.addAll(Group.between(range.kpiKey(), result.getString(1), basis,
                                    ActualsRepository.instant(result, 3), ActualsRepository.instant(result, 4)));
                        }
                    }
                }
                // Rollups kept for another basis are rebuilt from the remaining measurements anyway.
                if (!touched.isEmpty() && rollups.claimBasis(connection, Map.of(range.kpiKey(), basis)).isEmpty()) {
                    rollups.markDirty(connection, touched);
                }
                if (deleted > 0) {
                    rollups.refreshFreshness(connection, range.kpiKey());
                }
                record(connection, range, deleted, audit);
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

    private void record(Connection connection, MeasurementRange range, long deleted, Audit audit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO measurement_deletion (id, kpi_key, from_ts, to_ts, dimensions_filter, deleted, deleted_by,
                    deleted_by_name, deleted_at, request_id)
                VALUES (nextval('measurement_deletion_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, range.kpiKey());
            insert.setTimestamp(2, Timestamp.from(range.from()));
            insert.setTimestamp(3, Timestamp.from(range.to()));
            insert.setString(4, dimensions.encodeFilter(range.dimensions()));
            insert.setLong(5, deleted);
            insert.setString(6, audit.actor().subject());
            insert.setString(7, audit.actor().name());
            insert.setTimestamp(8, Timestamp.from(audit.at()));
            insert.setString(9, audit.requestId());
            insert.executeUpdate();
        }
    }
}
