package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.measurement.domain.Measurements.Group;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postgresql.PGConnection;

/**
 * Writes measurements at COPY speed. A batch is copied straight into the table; only if one of its
 * natural keys already exists (a re-sent batch, a corrected value) does it fall back to an upsert
 * through a staging table. Either way the rollups change in the same transaction.
 */
@ApplicationScoped
public class MeasurementStore {

    private static final String COPY_COLUMNS = "(kpi_key, ts, dimensions, value, batch_id)";
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupStore rollups;

    @Inject
    DimensionsCodec dimensions;

    /** The outcome of writing a batch. */
    public record Written(long batchId, int stored) {
    }

    /** Rollups of these KPIs are kept for another basis and must be rebuilt first. */
    public static class StaleRollupsException extends Exception {

        private final List<String> kpiKeys;

        StaleRollupsException(List<String> kpiKeys) {
            super("stale rollups: " + kpiKeys, null, false, false);
            this.kpiKeys = kpiKeys;
        }

        public List<String> kpiKeys() {
            return kpiKeys;
        }
    }

    /**
     * Writes measurements, one per natural key and in storage order, in one transaction.
     *
     * @param bases the rollup basis of every KPI in the batch
     */
    public Written write(List<Measurement> measurements, Map<String, RollupBasis> bases, String source, String requestId,
            Instant receivedAt) throws SQLException, StaleRollupsException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RollupLock.shared(connection);
                List<String> stale = rollups.claimBasis(connection, bases);
                if (!stale.isEmpty()) {
                    connection.rollback();
                    throw new StaleRollupsException(stale);
                }
                long batchId = insertBatch(connection, source, requestId, receivedAt, measurements.size());
                List<String> encoded = measurements.stream().map(m -> dimensions.encode(m.dimensions())).toList();
                if (copyFresh(connection, measurements, encoded, batchId)) {
                    rollups.addDeltas(connection, deltas(measurements, encoded, bases));
                } else {
                    upsert(connection, measurements, encoded, batchId);
                    rollups.recompute(connection, touchedGroups(measurements, encoded, bases));
                }
                connection.commit();
                return new Written(batchId, measurements.size());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Rebuilds the rollups of KPIs whose period type or time zone changed, one transaction each. */
    public void rebuildRollups(Map<String, RollupBasis> bases) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Map.Entry<String, RollupBasis> kpi : bases.entrySet()) {
                    RollupLock.exclusive(connection);
                    rollups.rebuild(connection, kpi.getKey(), kpi.getValue());
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Copies the batch into the table, or answers false (having undone it) if a key already exists. */
    private static boolean copyFresh(Connection connection, List<Measurement> measurements, List<String> encoded,
            long batchId) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            copy(connection, "measurement " + COPY_COLUMNS, measurements, encoded, batchId);
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
    }

    private static void upsert(Connection connection, List<Measurement> measurements, List<String> encoded, long batchId)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS measurement_stage (kpi_key varchar(64), ts timestamptz,"
                    + " dimensions text, value numeric, batch_id bigint) ON COMMIT DELETE ROWS");
        }
        copy(connection, "measurement_stage " + COPY_COLUMNS, measurements, encoded, batchId);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO measurement (kpi_key, ts, dimensions, value, batch_id)
                    SELECT kpi_key, ts, dimensions, value, batch_id FROM measurement_stage
                    ORDER BY kpi_key, ts, dimensions
                    ON CONFLICT (kpi_key, ts, dimensions) DO UPDATE SET value = excluded.value, batch_id = excluded.batch_id""");
        }
    }

    private static void copy(Connection connection, String target, List<Measurement> measurements, List<String> encoded,
            long batchId) throws SQLException {
        StringBuilder rows = new StringBuilder(measurements.size() * 96);
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            rows.append(m.kpiKey()).append('\t').append(m.timestamp()).append('\t');
            appendEscaped(rows, encoded.get(i));
            rows.append('\t').append(m.value().toPlainString()).append('\t').append(batchId).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    /** COPY's text format: backslash, tab and line breaks are escaped. */
    private static void appendEscaped(StringBuilder rows, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }

    private static long insertBatch(Connection connection, String source, String requestId, Instant receivedAt, int size)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ingest_batch (id, source, received_at, request_id, measurements)
                VALUES (nextval('ingest_batch_seq'), ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, source);
            insert.setObject(2, java.sql.Timestamp.from(receivedAt));
            insert.setString(3, requestId);
            insert.setInt(4, size);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static TreeMap<Group, PeriodAggregate> deltas(List<Measurement> measurements, List<String> encoded,
            Map<String, RollupBasis> bases) {
        TreeMap<Group, PeriodAggregate> deltas = new TreeMap<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            Group group = new Group(m.kpiKey(), encoded.get(i), bases.get(m.kpiKey()).periodOf(m.timestamp()).key());
            deltas.merge(group, PeriodAggregate.of(m.timestamp(), m.value()), PeriodAggregate::merge);
        }
        return deltas;
    }

    private static List<RollupStore.Recompute> touchedGroups(List<Measurement> measurements, List<String> encoded,
            Map<String, RollupBasis> bases) {
        Set<RollupStore.Recompute> groups = new LinkedHashSet<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            RollupBasis basis = bases.get(m.kpiKey());
            groups.add(new RollupStore.Recompute(m.kpiKey(), encoded.get(i), basis.periodOf(m.timestamp()), basis));
        }
        return new ArrayList<>(groups);
    }
}
