package com.kpiplatform.alerting.repository;

import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.persistence.QueryConditions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * JDBC with less ceremony, for the alerting-service's repositories: a statement, what binds its
 * parameters, and what reads a row; plus the conversions PostgreSQL's driver leaves to us.
 */
final class Jdbc {

    /** Sets a statement's parameters. */
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row. */
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    static final Binder NO_PARAMETERS = statement -> {
    };

    private Jdbc() {
    }

    static <T> List<T> list(Connection connection, String sql, Binder binder, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
                return found;
            }
        }
    }

    static <T> Optional<T> first(Connection connection, String sql, Binder binder, RowReader<T> reader)
            throws SQLException {
        return list(connection, sql, binder, reader).stream().findFirst();
    }

    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    /**
     * One page of {@code SELECT <columns> FROM <from> [WHERE …] ORDER BY <order>}, and the number of
     * rows over all pages.
     */
    static <T> PageResponse<T> page(Connection connection, String columns, String from, QueryConditions where,
            String order, PageParams page, RowReader<T> reader) throws SQLException {
        List<T> items = list(connection, "SELECT " + columns + " FROM " + from + where.sqlWhere() + " ORDER BY " + order
                + " LIMIT ? OFFSET ?", statement -> {
                    int next = where.bind(statement, 1);
                    statement.setInt(next, page.size());
                    statement.setInt(next + 1, page.offset());
                }, reader);
        long total = list(connection, "SELECT count(*) FROM " + from + where.sqlWhere(),
                statement -> where.bind(statement, 1), rows -> rows.getLong(1)).get(0);
        return PageResponse.of(items, page, total);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant));
        }
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values == null ? new String[0] : values.toArray(String[]::new));
    }

    static Array longArray(Connection connection, Collection<Long> values) throws SQLException {
        return connection.createArrayOf("bigint", values.toArray());
    }

    static List<String> strings(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Who did it, from a subject column and its {@code _name} companion; null when nobody did. */
    static Actor actor(ResultSet rows, String column) throws SQLException {
        String subject = rows.getString(column);
        return subject == null ? null : new Actor(subject, rows.getString(column + "_name"));
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    static Integer nullableInteger(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /** The constant named in the column, or null. */
    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rows, String column) throws SQLException {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
