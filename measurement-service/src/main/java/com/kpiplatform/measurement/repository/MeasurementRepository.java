package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.Measurement;
import com.kpiplatform.measurement.domain.Measurements.Group;
import com.kpiplatform.measurement.domain.PeriodAggregate;
import com.kpiplatform.measurement.domain.RollupBasis;
import com.kpiplatform.measurement.domain.Timestamps;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.jdbc.CopyText;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes measurements at COPY speed. A batch is copied straight into the table; only if one of its
 * natural keys already exists (a re-sent batch, a corrected value) does it fall back to an upsert
 * through a staging table. In the same transaction, fresh measurements append their groups'
 * deltas and groups with replaced values are marked dirty (see {@link RollupRepository}): no write
 * updates a shared row or takes a lock beyond its own rows, so concurrent writes never wait for
 * each other.
 */
@ApplicationScoped
public class MeasurementRepository {

    private static final String COPY_COLUMNS = "(kpi_key, ts, dimensions, value, batch_id)";
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupRepository rollups;

    @Inject
    DimensionsCodec dimensions;

    @Inject
    MeasurementPartitions partitions;

    /** A measurement as stored: its dimensions encoded, and the rollup group it belongs to. */
    private record Row(Measurement measurement, String dimensions, Group group) {
    }

    /**
     * Writes measurements, one per natural key and in storage order, in one transaction; answers
     * how many were stored.
     *
     * @param bases the rollup basis of every KPI in the batch
     */
    public int write(List<Measurement> measurements, Map<String, RollupBasis> bases, Actor source, String requestId,
            Instant receivedAt) throws SQLException {
        List<Row> rows = rows(measurements, bases);
        SortedSet<YearMonth> months = rows.stream().map(row -> MeasurementPartitions.monthOf(row.measurement().timestamp()))
                .collect(Collectors.toCollection(TreeSet::new));
        partitions.ensure(months);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long batchId = insertBatch(connection, source, requestId, receivedAt, rows.size());
                if (copyFresh(connection, rows, batchId)) {
                    rollups.appendDeltas(connection, deltas(rows, Set.of()), bases);
                } else {
                    SortedSet<Group> replaced = upsert(connection, rows, batchId, months, bases);
                    rollups.markDirty(connection, replaced);
                    TreeMap<Group, PeriodAggregate> fresh = deltas(rows, replaced);
                    if (!fresh.isEmpty()) {
                        rollups.appendDeltas(connection, fresh, bases);
                    }
                }
                connection.commit();
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<Row> rows(List<Measurement> measurements, Map<String, RollupBasis> bases) {
        List<Row> rows = new ArrayList<>(measurements.size());
        for (Measurement m : measurements) {
            String encoded = dimensions.encode(m.dimensions());
            rows.add(new Row(m, encoded, new Group(m.kpiKey(), encoded, bases.get(m.kpiKey()).periodOf(m.timestamp()).key())));
        }
        return rows;
    }

    /** Copies the batch into the table, or answers false (having undone it) if a key already exists. */
    private static boolean copyFresh(Connection connection, List<Row> rows, long batchId) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            copy(connection, "measurement " + COPY_COLUMNS, rows, batchId);
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

    /**
     * Upserts through a staging table; answers the groups in which values were replaced (a row
     * whose xmax is set was updated by the conflict clause, not inserted). The upsert goes to each
     * month's partition itself, because a partitioned table does not return system columns.
     */
    private static SortedSet<Group> upsert(Connection connection, List<Row> rows, long batchId, SortedSet<YearMonth> months,
            Map<String, RollupBasis> bases) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS measurement_stage (kpi_key varchar(64), ts timestamptz,"
                    + " dimensions text, value numeric, batch_id bigint) ON COMMIT DELETE ROWS");
        }
        copy(connection, "measurement_stage " + COPY_COLUMNS, rows, batchId);
        SortedSet<Group> replaced = new TreeSet<>();
        for (YearMonth month : months) {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    WITH upserted AS (
                        INSERT INTO %s (kpi_key, ts, dimensions, value, batch_id)
                        SELECT kpi_key, ts, dimensions, value, batch_id FROM measurement_stage WHERE ts >= ? AND ts < ?
                        ORDER BY kpi_key, ts, dimensions
                        ON CONFLICT (kpi_key, ts, dimensions) DO UPDATE SET value = excluded.value, batch_id = excluded.batch_id
                        RETURNING kpi_key, dimensions, ts, xmax <> 0 AS replaced)
                    SELECT kpi_key, dimensions, ts FROM upserted WHERE replaced""".formatted(MeasurementPartitions.name(month)))) {
                upsert.setTimestamp(1, Timestamp.from(MeasurementPartitions.start(month)));
                upsert.setTimestamp(2, Timestamp.from(MeasurementPartitions.start(month.plusMonths(1))));
                try (ResultSet result = upsert.executeQuery()) {
                    while (result.next()) {
                        Instant timestamp = result.getTimestamp(3).toInstant();
                        replaced.add(new Group(result.getString(1), result.getString(2),
                                bases.get(result.getString(1)).periodOf(timestamp).key()));
                    }
                }
            }
        }
        return replaced;
    }

    private static void copy(Connection connection, String target, List<Row> rows, long batchId) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (Row row : rows) {
            Measurement m = row.measurement();
            text.append(m.kpiKey()).append('\t');
            Timestamps.append(text, m.timestamp());
            text.append('\t');
            CopyText.appendEscaped(text, row.dimensions());
            text.append('\t').append(m.value().toPlainString()).append('\t').append(batchId).append('\n');
        }
        CopyText.copy(connection, "COPY " + target + " FROM STDIN", text);
    }

    private static long insertBatch(Connection connection, Actor source, String requestId, Instant receivedAt, int size)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO ingest_batch (id, source, source_name, received_at, request_id, measurements)
                VALUES (nextval('ingest_batch_seq'), ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, source.subject());
            insert.setString(2, source.name());
            insert.setTimestamp(3, Timestamp.from(receivedAt));
            insert.setString(4, requestId);
            insert.setInt(5, size);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** What the rows add to each group, leaving out groups that are recomputed anyway. */
    private static TreeMap<Group, PeriodAggregate> deltas(List<Row> rows, Set<Group> excluded) {
        TreeMap<Group, PeriodAggregate> deltas = new TreeMap<>();
        for (Row row : rows) {
            if (!excluded.contains(row.group())) {
                Measurement m = row.measurement();
                deltas.merge(row.group(), PeriodAggregate.of(m.timestamp(), m.value()), PeriodAggregate::merge);
            }
        }
        return deltas;
    }
}
