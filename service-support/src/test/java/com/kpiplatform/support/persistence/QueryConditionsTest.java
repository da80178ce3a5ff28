package com.kpiplatform.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kpiplatform.testsupport.PostgresTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryConditionsTest {

    private enum Colour { RED, GREEN }

    private static final PostgresTestResource DATABASE = new PostgresTestResource();
    private static Map<String, String> settings;

    @BeforeAll
    static void createTable() throws SQLException {
        settings = DATABASE.start();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE item (name text, colour text, tags text[], made timestamptz)");
            statement.execute("""
                    INSERT INTO item VALUES
                        ('apple', 'RED', '{fruit}', '2026-01-01T00:00:00Z'),
                        ('pear', 'GREEN', '{fruit}', '2026-02-01T00:00:00Z'),
                        ('leaf', 'GREEN', '{plant,green}', '2026-03-01T00:00:00Z')""");
        }
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.stop();
    }

    @Test
    void leavesOutConditionsWithoutValue() {
        QueryConditions conditions = new QueryConditions().add("colour = ?", null).add("name = ?", null);

        assertThat(conditions.sqlWhere()).isEmpty();
        assertThat(conditions.hqlWhere()).isEmpty();
    }

    @Test
    void numbersHqlParametersInTheOrderOfTheGivenConditions() {
        QueryConditions conditions = new QueryConditions().add("k.team = ?", "sales").add("k.level = ?", null)
                .add("(k.key like ? or k.name like ?)", "%mrr%");

        assertThat(conditions.hqlWhere()).isEqualTo(" WHERE k.team = ?1 AND (k.key like ?2 or k.name like ?2)");
        assertThat(conditions.sqlWhere()).isEqualTo(" WHERE k.team = ? AND (k.key like ? or k.name like ?)");
    }

    @Test
    void keepsConditionsThatAlwaysApplyOutOfTheNumbering() {
        QueryConditions conditions = new QueryConditions().always("NOT k.deleted").add("k.team = ?", "sales");

        assertThat(conditions.hqlWhere()).isEqualTo(" WHERE NOT k.deleted AND k.team = ?1");
        assertThat(conditions.sqlWhere()).isEqualTo(" WHERE NOT k.deleted AND k.team = ?");
    }

    @Test
    void refusesAConditionWithoutPlaceholder() {
        assertThatThrownBy(() -> new QueryConditions().add("colour = 'RED'", "RED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour = 'RED'");
    }

    @Test
    void bindsEnumsInstantsAndRepeatedPlaceholdersOverJdbc() throws SQLException {
        QueryConditions conditions = new QueryConditions().add("colour = ?", Colour.GREEN)
                .add("made >= ?", Instant.parse("2026-01-15T00:00:00Z")).add("(? = ANY(tags) OR name = ?)", "fruit")
                .add("name = ?", null);

        assertThat(names("SELECT name FROM item" + conditions.sqlWhere() + " AND name <> ? ORDER BY name",
                conditions, "nothing")).containsExactly("pear");
        assertThat(names("SELECT name FROM item" + new QueryConditions().sqlWhere() + " ORDER BY name",
                new QueryConditions(), null)).containsExactly("apple", "leaf", "pear");
    }

    private static List<String> names(String sql, QueryConditions conditions, String extra) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = conditions.bind(statement, 1);
            if (extra != null) {
                statement.setString(next, extra);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"), settings.get("quarkus.datasource.password"));
    }
}
