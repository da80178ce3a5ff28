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
 * The transactions that maintain rollups outside the write path: the merge of pending deltas and
 * dirty groups (one replica at a time), and the rebuild of KPIs whose basis changed.
 */
@ApplicationScoped
public class RollupMaintenance {

    /** Another arbitrary, fixed advisory-lock key ("merge" in ASCII): one merging replica at a time. */
    private static final long MERGE_LOCK = 0x6d65726765L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RollupStore rollups;

    /** Folds pending deltas and recomputes dirty groups; answers false if another replica is merging. */
    public boolean merge() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return false;
                }
                RollupLock.shared(connection);
                rollups.merge(connection);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Rebuilds the rollups of KPIs whose period type or time zone changed, one transaction each. */
    public void rebuild(Map<String, RollupBasis> bases) throws SQLException {
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

    /** The KPIs among these whose rollups were kept for another basis. */
    public List<String> stale(Map<String, RollupBasis> bases) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rollups.staleBasis(connection, bases);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + MERGE_LOCK + ")")) {
            locked.next();
            return locked.getBoolean(1);
        }
    }
}
