package com.kpiplatform.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests of this JVM use: the one named by {@code PG_URL} (with
 * {@code PG_USER} and {@code PG_PASSWORD}) if set, an embedded server started from Maven artifacts
 * otherwise. Each Quarkus start gets a database of its own, so test runs never see each other's data.
 */
final class TestDatabaseServer {

    private static TestDatabaseServer instance;

    private final String adminUrl;
    private final String user;
    private final String password;

    private TestDatabaseServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    static synchronized TestDatabaseServer get() {
        if (instance == null) {
            String external = System.getenv("PG_URL");
            instance = external != null && !external.isBlank()
                    ? new TestDatabaseServer(external, System.getenv("PG_USER"), System.getenv("PG_PASSWORD"))
                    : embedded();
        }
        return instance;
    }

    private static TestDatabaseServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            return new TestDatabaseServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /** Creates an empty database and answers its JDBC URL. */
    String createDatabase() {
        String name = "kpi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return urlOf(name);
    }

    void dropDatabase(String jdbcUrl) {
        execute("DROP DATABASE IF EXISTS " + databaseName(jdbcUrl) + " WITH (FORCE)");
    }

    /** Makes the database refuse new connections and ends the open ones, as if it were down. */
    void disconnect(String jdbcUrl) {
        String name = databaseName(jdbcUrl);
        execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false");
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    void reconnect(String jdbcUrl) {
        execute("ALTER DATABASE " + databaseName(jdbcUrl) + " WITH ALLOW_CONNECTIONS true");
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }

    private String urlOf(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String prefix = adminUrl.substring(0, slash + 1);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return prefix + database + params;
    }

    private static String databaseName(String jdbcUrl) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl.substring(slash + 1) : jdbcUrl.substring(slash + 1, query);
    }
}
