package com.kpiplatform.measurement.repository;

import com.kpiplatform.measurement.domain.RollupBasis;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The transactions that maintain rollups outside the write path: merging deltas and dirty groups,
 * and rebuilding KPIs whose basis changed. Across replicas they run one at a time, under a
 * session-level advisory lock taken before their REPEATABLE READ transaction begins (taking it
 * inside would fix the snapshot before the wait).
 */
@ApplicationScoped
public class RollupMaintenanceRepository {

    /** An arbitrary, fixed advisory-lock key ("merge" in ASCII). */
    private static final long LOCK = 0x6d65726765L;

    private static final String DEAD_QUEUE_ROWS = "SELECT coalesce(sum(n_dead_tup), 0) FROM pg_stat_user_tables"
            + " WHERE relid IN ('rollup_delta'::regclass, 'rollup_dirty'::regclass)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupRepository rollups;

    @Inject
    RollupRecomputeRepository recompute;

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Folds pending deltas and recomputes dirty groups; answers false if another replica is at it.
     * Then vacuums the two queue tables once they hold {@code vacuumAfterDeadRows} dead rows: after a
     * large fill, autovacuum (busy with the new measurement partitions, and waking once a minute)
     * left millions of them, and every actuals read probes these tables for each of its items.
     */
    public boolean merge(long vacuumAfterDeadRows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!query(connection, "SELECT pg_try_advisory_lock(" + LOCK + ")")) {
                return false;
            }
            inSnapshot(connection, recompute::merge);
            if (count(connection, DEAD_QUEUE_ROWS) >= vacuumAfterDeadRows) {
                try (Statement vacuum = connection.createStatement()) {
                    vacuum.execute("VACUUM (SKIP_LOCKED) rollup_delta, rollup_dirty");
                }
            }
            return true;
        }
    }

    /** Rebuilds, before a read, the rollups of KPIs whose period type or time zone changed; one transaction each. */
    public void rebuildStale(Map<String, RollupBasis> bases) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> stale = rollups.staleBasis(connection, bases);
            if (stale.isEmpty()) {
                return;
            }
            query(connection, "SELECT pg_advisory_lock(" + LOCK + ") IS NOT NULL");
            for (String kpiKey : stale) {
                inSnapshot(connection, c -> recompute.rebuild(c, kpiKey, bases.get(kpiKey)));
            }
        } catch (SQLException e) {
            throw DatabaseUnavailableException.of(e);
        }
    }

    /** Runs work in a REPEATABLE READ transaction and releases the advisory lock after it. */
    private static void inSnapshot(Connection connection, Work work) throws SQLException {
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            query(connection, "SELECT pg_advisory_unlock(" + LOCK + ")");
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
