package com.kpiplatform.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The number of rows in some tables, read straight from the database: what a test compares before
 * and after a rejected request to prove that nothing was stored.
 */
public final class RowCounts {

    private RowCounts() {
    }

    public static Map<String, Long> of(DataSource dataSource, String... tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count rows", e);
        }
        return counts;
    }
}
