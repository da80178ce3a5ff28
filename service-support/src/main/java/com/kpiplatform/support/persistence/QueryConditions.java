package com.kpiplatform.support.persistence;

import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional filters of a list query: each condition applies only when its value is given.
 * A condition writes {@code ?} where its value goes (several times if it needs the value more
 * than once); the same conditions render as SQL for JDBC or as HQL with numbered parameters.
 */
public final class QueryConditions {

    private record Condition(String text, Object value, int uses) {
    }

    private final List<Condition> conditions = new ArrayList<>();

    /** Adds {@code condition} unless {@code value} is null. */
    public QueryConditions add(String condition, Object value) {
        int uses = (int) condition.chars().filter(c -> c == '?').count();
        if (uses == 0) {
            throw new IllegalArgumentException("A condition needs a '?' for its value: " + condition);
        }
        if (value != null) {
            conditions.add(new Condition(condition, value, uses));
        }
        return this;
    }

    /** Adds a condition that always applies and takes no value, e.g. {@code "NOT deleted"}. */
    public QueryConditions always(String condition) {
        conditions.add(new Condition(condition, null, 0));
        return this;
    }

    /** {@code " WHERE a AND b"} for JDBC, or an empty string when no condition applies. */
    public String sqlWhere() {
        return where(conditions.stream().map(Condition::text).toList());
    }

    /** {@code " where a and b"} with the values as {@code ?1}, {@code ?2}…, for HQL. */
    public String hqlWhere() {
        List<String> numbered = new ArrayList<>();
        int parameter = 0;
        for (Condition condition : conditions) {
            numbered.add(condition.uses() == 0 ? condition.text() : condition.text().replace("?", "?" + ++parameter));
        }
        return where(numbered);
    }

    /** Sets the values of {@link #hqlWhere()}'s parameters. */
    public <Q extends Query> Q bind(Q query) {
        int parameter = 0;
        for (Condition condition : conditions) {
            if (condition.uses() > 0) {
                query.setParameter(++parameter, condition.value());
            }
        }
        return query;
    }

    /** Sets the values of {@link #sqlWhere()}'s parameters from {@code index} on; answers the next free index. */
    public int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        for (Condition condition : conditions) {
            for (int use = 0; use < condition.uses(); use++) {
                statement.setObject(next++, jdbcValue(condition.value()));
            }
        }
        return next;
    }

    /** The driver takes enums by name and instants as UTC date-times. */
    private static Object jdbcValue(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value;
    }

    private static String where(List<String> texts) {
        return texts.isEmpty() ? "" : " WHERE " + String.join(" AND ", texts);
    }
}
