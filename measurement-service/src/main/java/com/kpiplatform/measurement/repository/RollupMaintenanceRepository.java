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

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupRepository rollups;

    @Inject
    RollupRecomputeRepository recompute;

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Folds pending deltas and recomputes dirty groups; answers false if another replica is at it. */
    public boolean merge() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!query(connection, "SELECT pg_try_advisory_lock(" + LOCK + ")")) {
                return false;
            }
            inSnapshot(connection, recompute::merge);
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

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
