package com.kpiplatform.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The stack's PostgreSQL: a real server from Maven artifacts, durable (fsync and synchronous
 * commit on, unlike the library's test-friendly defaults), listening on 127.0.0.1 only because it
 * trusts every local connection, with one database and one role per service.
 */
public final class StackDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private StackDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static StackDatabase start(StackOptions options, List<ServiceDefinition> services) throws IOException, SQLException {
        Files.createDirectories(options.postgresDataDir());
        Files.createDirectories(options.logDir());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(options.logDir().resolve("postgres.log").toFile());
        System.setProperty("ot.epg.working-dir", options.postgresWorkDir().toString());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(options.postgresDataDir())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(options.postgresPort())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Statement statistics for the benchmarks' "where the time goes" (a few percent of CPU at most).
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        StackDatabase database = new StackDatabase(postgres, options.postgresDataDir());
        database.createMissingDatabases(services);
        return database;
    }

    public String jdbcUrl(ServiceDefinition service) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + service.database();
    }

    private void createMissingDatabases(List<ServiceDefinition> services) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement ddl = admin.createStatement()) {
            for (ServiceDefinition service : services) {
                String name = service.database();
                if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                    ddl.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                    ddl.execute("CREATE DATABASE " + name + " OWNER " + name);
                    System.out.println("Created database " + name);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        Optional<ProcessHandle> postmaster = LeftoverProcesses.postmasterOf(dataDir);
        postgres.close();
        // The library waits only 5 s for its fast shutdown; never leave a postmaster behind.
        postmaster.ifPresent(LeftoverProcesses::stop);
    }
}
