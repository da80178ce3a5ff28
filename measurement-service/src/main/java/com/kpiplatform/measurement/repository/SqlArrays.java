package com.kpiplatform.measurement.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/** Collections as SQL arrays, for set-based statements over {@code unnest(...)}. */
final class SqlArrays {

    private SqlArrays() {
    }

    static Array text(Connection connection, Collection<?> values) throws SQLException {
        return connection.createArrayOf("text", values.stream().map(v -> v == null ? null : v.toString()).toArray());
    }
}
