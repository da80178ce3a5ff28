package com.kpiplatform.measurement.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One transaction-scoped PostgreSQL advisory lock that orders rollup rebuilds against writes,
 * across every replica of the service: writers share it, a rebuild holds it alone, so a rebuild
 * never races a write that computed its deltas for the old basis. Rebuilds are rare (a KPI's
 * period type or time zone changed) and short.
 */
final class RollupLock {

    /** An arbitrary, fixed key ("rollups" in ASCII). */
    private static final long KEY = 0x726f6c6c757073L;

    private RollupLock() {
    }

    static void shared(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock_shared(" + KEY + ")");
        }
    }

    static void exclusive(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + KEY + ")");
        }
    }
}
