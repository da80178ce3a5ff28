package com.kpiplatform.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The measurement-service's database as the benchmark reads and writes it directly, as the
 * service's own role: baseline tables of the same shape as {@code measurement}, and the merge
 * worker's backlog.
 */
final class MeasurementTables {

    /** What the merge worker has yet to do: deltas to fold into the rollups, and groups to recompute. */
    record Backlog(long deltas, long dirtyGroups) {

        boolean empty() {
            return deltas == 0 && dirtyGroups == 0;
        }

        @Override
        public String toString() {
            return deltas + " deltas and " + dirtyGroups + " dirty groups";
        }
    }

    private final String url;

    MeasurementTables(String url) {
        this.url = url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "measurement", "measurement");
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Creates an empty table with the same columns, primary key and partitions as {@code measurement}
     * ({@code LIKE} alone makes a plain table of a partitioned one): partitioned by the same key, with
     * one partition {@code <table>_<n>} per partition of {@code measurement}, of the same bound.
     * Answers how the table is partitioned, for the report.
     */
    String createLikeMeasurement(String table) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            String partitionKey = partitionKey(statement);
            if (partitionKey == null) {
                statement.execute("CREATE TABLE " + table + " (LIKE measurement INCLUDING ALL)");
                return "not partitioned";
            }
            statement.execute("CREATE TABLE " + table + " (LIKE measurement INCLUDING ALL) PARTITION BY " + partitionKey);
            List<String> bounds = new ArrayList<>();
            try (ResultSet partitions = statement.executeQuery("""
                    SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    WHERE i.inhparent = 'measurement'::regclass ORDER BY c.relname""")) {
                while (partitions.next()) {
                    bounds.add(partitions.getString(1));
                }
            }
            for (int n = 0; n < bounds.size(); n++) {
                statement.execute("CREATE TABLE " + table + "_" + n + " PARTITION OF " + table + " " + bounds.get(n));
            }
            return "partitioned by " + partitionKey + ", " + bounds.size() + " partitions";
        }
    }

    /** {@code measurement}'s partition key, such as {@code RANGE (ts)}, or null when it is a plain table. */
    private static String partitionKey(Statement statement) throws SQLException {
        try (ResultSet key = statement.executeQuery("""
                SELECT pg_get_partkeydef(oid) FROM pg_class WHERE oid = 'measurement'::regclass AND relkind = 'p'""")) {
            return key.next() ? key.getString(1) : null;
        }
    }

    Backlog backlog() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery(
                        "SELECT (SELECT count(*) FROM rollup_delta), (SELECT count(*) FROM rollup_dirty)")) {
            counts.next();
            return new Backlog(counts.getLong(1), counts.getLong(2));
        }
    }

    /** Polls until the merge worker's backlog is empty or the timeout has passed; answers the last backlog seen. */
    Backlog awaitMerge(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Backlog backlog = backlog();
        while (!backlog.empty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            backlog = backlog();
        }
        return backlog;
    }
}
