package com.kpiplatform.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the database did for one phase of the benchmark, from {@code pg_stat_statements}: each
 * statement's calls and execution time per acknowledged measurement, read as the superuser.
 */
final class SqlProfile {

    private final String url;

    SqlProfile(String url) throws SQLException {
        this.url = url;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    void reset() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Markdown rows: the statements that took the most time since the reset: calls, time per acknowledged measurement, time per call. */
    List<String> top(long acknowledged, int limit) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement("""
                SELECT regexp_replace(left(query, 110), '\\s+', ' ', 'g'), calls, total_exec_time
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                ORDER BY total_exec_time DESC LIMIT ?""")) {
            statement.setInt(1, limit);
            try (ResultSet top = statement.executeQuery()) {
                while (top.next()) {
                    rows.add(String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.3f |", top.getString(1).replace("|", "\\|"),
                            top.getLong(2), top.getDouble(3) * 1000 / acknowledged,
                            top.getDouble(3) / Math.max(1, top.getLong(2))));
                }
            }
        }
        return rows;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
